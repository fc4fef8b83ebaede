/**
 * Session 43 (perf43), no output change: places findCandidates looks for the type word before a lower-case
 * word only when that word can open a name of two words or more (or a Cyrillic run), not at every lower-case
 * word; people victims builds a person's declined pattern once per lexicon and name (kept between articles)
 * and the other people's mentions once per person. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lambdas/extract/index.js';

function read(text: string): { provinces: string[]; people: string[] } {
  const r = extractArticle(Buffer.from(text));
  if (!r.ok) throw new Error(r.rejection.message);
  return {
    provinces: r.article.provinces.map((p) => p.slug),
    people: r.article.people.map((p) => `${p.rank ?? '-'} ${p.name}`),
  };
}

describe('Places: a lower-case name is read only after its type word', () => {
  it.each([
    [
      'fr',
      'Les inondations ont coupé deux routes dans la province de ha giang cette semaine. La police a évacué cinquante habitants vers une école du district.',
      ['ha-giang'],
    ],
    [
      'fr, no type word',
      'Les habitants disent que ha giang reste isolée cette semaine. La police a évacué cinquante habitants vers une école du district voisin.',
      [],
    ],
    [
      'pl (a language with case endings)',
      'Ulewy zniszczyły dwa mosty w prowincji quang ninh w tym tygodniu. Policja ewakuowała mieszkańców z trzech wiosek położonych nad rzeką.',
      ['quang-ninh'],
    ],
  ])('%s', (_label, text, provinces) => {
    // Act
    const found = read(text);

    // Assert
    expect(found.provinces).toEqual(provinces);
  });
});

describe('People: a declined mention of a harmed officer, article after article', () => {
  const harmed =
    'Kapitan Le Van Hung ścigał w nocy przemytników na drodze krajowej numer 4. Rannego kapitana Le Van Hunga przewieziono później do szpitala w prowincji Lao Cai.';
  const honoured =
    'Kapitan Le Van Hung ścigał w nocy przemytników na drodze krajowej numer 4. Kapitana Le Van Hunga odznaczono później w prowincji Lao Cai za odwagę.';

  it('drops the officer a harm word names in a declined mention, and keeps the one honoured, each time read', () => {
    // Act: the same name in two articles, twice each (the second reading uses the kept pattern)
    const readings = [harmed, honoured, harmed, honoured].map((text) => read(text).people);

    // Assert
    expect(readings).toEqual([[], ['captain Le Van Hung'], [], ['captain Le Van Hung']]);
  });
});
