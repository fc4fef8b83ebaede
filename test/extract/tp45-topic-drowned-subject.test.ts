/**
 * Session 45, topic of figures on sentences written for this test: when the figures' paragraphs name a
 * subject once among many arrests and investigations (crime cues drown it: articleSubject's CRIME_RATIO), the
 * whole article decides, and a case whose other paragraphs tell that same subject at length is that subject's.
 * A subject the rest of the article does not carry leaves the article crime.
 */
import { describe, it } from 'vitest';
import { checkTopics as check, type TopicCase as Case } from '../support/topic-case.js';

describe('Topic: a subject drowned by arrest words is the article’s when the rest of it tells that subject', () => {
  it.each<Case>([
    [
      'en',
      'Police arrest 40 suspects\nPolice investigators arrested 40 suspects on Monday and detained them for investigation; the arrested suspects, wanted by police for months, belonged to an online fraud ring, police said.\nThe ring impersonated bank staff and called victims by phone, asking them to click links and transfer money; hundreds of people transferred their savings to the scammers.',
      [[40, 'cyber']],
    ],
  ])('%s: %s', (...c) => check(c));
});

describe('Topic: a drowned subject the rest of the article does not tell stays crime', () => {
  it.each<Case>([
    [
      'en',
      'Police arrest 40 suspects\nPolice investigators arrested 40 suspects on Monday and detained them for investigation; the arrested suspects, wanted by police for months, belonged to an online fraud ring, police said.\nOfficers will question the suspects this week, the provincial police said.',
      [[40, 'crime']],
    ],
  ])('%s: %s', (...c) => check(c));
});

// Human smuggling (fi "ihmissalakuljetus", one compound) is an offence, crime, as "human smuggling" is in
// English: the people smuggled and their smugglers are a crime's, not contraband's.
describe('Topic: Finnish human smuggling is crime', () => {
  it.each<Case>([
    [
      'fi',
      'Poliisi pidätti 5 epäiltyä ihmissalakuljetuksesta\nEpäiltyjen uskotaan järjestäneen salakuljetuksen rajan yli viime kuussa.',
      [[5, 'crime']],
    ],
  ])('%s: %s', (...c) => check(c));
});
