/**
 * Session 49, topic of figures on sentences written for this test (figures/topic.ts, figures/subject.ts and the
 * topic cues of the figures lexicons):
 * - goods counted with no cue of their own in a smuggling case, whose clause names what they held by a road word
 *   (cartons of helmets): smuggling, what the case carried, not traffic (a helmet tells no road offence there);
 */
import { describe, it } from 'vitest';
import { checkTopics as check, type TopicCase as Case } from '../support/topic-case.js';

describe('Topic: goods a smuggling case carried, named by a road word (helmets), are smuggling', () => {
  it.each<Case>([
    [
      'ja',
      '密輸品の押収\n警察はトラックを検査し、密輸品のたばこ5000箱、ヘルメットの入ったダンボール12箱を押収した。',
      [
        [5000, 'smuggling'],
        [12, 'smuggling'],
      ],
    ],
    [
      'en',
      'Contraband seized\nPolice stopped a truck smuggling 4,000 packs of cigarettes and helmets packed in 18 cartons.',
      [
        [4000, 'smuggling'],
        [18, 'smuggling'],
      ],
    ],
    [
      'fr',
      'Contrebande saisie\nLa police a saisi 4 000 paquets de cigarettes de contrebande et des casques emballés dans 18 cartons.',
      [
        [4000, 'smuggling'],
        [18, 'smuggling'],
      ],
    ],
  ])('%s: %s', (...c) => check(c));

  it.each<Case>([
    // A road check's story keeps its helmets: riders fined for riding without one are traffic's.
    [
      'en',
      'Road safety check\nTraffic police fined 35 motorcyclists for riding without helmets and speeding.',
      [[35, 'traffic']],
    ],
  ])('%s: %s (no smuggling case: unchanged)', (...c) => check(c));
});
