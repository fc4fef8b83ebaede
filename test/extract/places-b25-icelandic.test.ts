/**
 * Icelandic type words and trip prepositions (issue 9, session 25): "í Lao Cai héraði" (in Lao Cai province)
 * names a province as Swedish "i provinsen Lao Cai" does, and "á leið til Hanoi borgar" (on the way to Hanoi
 * city) is where a bus was going, not where it crashed. Short reports written for this rule, in Icelandic and,
 * for the same class, Swedish; never sentences of the tuning or holdout sets.
 */
import { describe, expect, it } from 'vitest';
import { primaryOf } from '../support/primary-choice.js';

describe('Places: a province named by its type word, the destination of a trip aside', () => {
  it.each([
    [
      'is',
      'Rútuslys í Víetnam\n\nTólf manns slösuðust þegar rúta valt í Lao Cai héraði í gær. Farþegarnir voru á leið til Hanoi borgar. Í Hanoi borg var tekið á móti hinum slösuðu, og lögreglan rannsakar slysið.',
      'lao-cai',
    ],
    [
      'is',
      'Flóð í Víetnam\n\nFjórir létust í flóðum í Quang Tri héraðinu á mánudag. Björgunarsveitir frá Da Nang borg komu á vettvang, en vegurinn frá Da Nang borg var lokaður.',
      'quang-tri',
    ],
    [
      'sv',
      'Bussolycka i Vietnam\n\nTolv personer skadades när en buss välte i provinsen Lao Cai i går. Passagerarna var på väg till Hanoi. I Hanoi tog sjukhusen emot de skadade, och polisen utreder olyckan.',
      'lao-cai',
    ],
  ])('%s: %s', (language, body, want) => {
    expect(primaryOf(body, language)).toBe(want);
  });
});
