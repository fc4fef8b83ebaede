/**
 * Arabic closes an office's phrase with a comma before the holder's name in apposition ("رئيس اللجنة الشعبية
 * للبلدية، السيد X،"); there a highland name, whose family name no list holds (Zơ Râm Bôn), is read too. The
 * honorific alone still vouches for nobody. Sentences written for the purpose.
 */
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../lambdas/extract/index.js';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { isLocalityName, isNamesake, isPlaceName } from '../../lambdas/extract/places/index.js';

function people(text: string, language: string): { name: string; rank: string | null }[] {
  return findPeople(makeDocument(text, language), { isPlaceName, isNamesake, isLocalityName }).map((p) => ({
    name: p.name,
    rank: p.rank,
  }));
}

describe('Function: findPeople (Arabic office, comma, honorific and the name in apposition)', () => {
  it.each<[string, string]>([
    [
      'أعلن رئيس اللجنة الشعبية لبلدية تان لاب، السيد زو رام بون، أن السلطات أجلت السكان من القرية.',
      'زو رام بون',
    ],
    [
      'قال نائب رئيس اللجنة الشعبية للمقاطعة، السيد تران فان مينه، إن الطرق ستفتح قريبا أمام السيارات.',
      'تران فان مينه',
    ],
  ])('%s', (text, name) => {
    expect(people(text, 'ar').map((p) => p.name)).toContain(name);
  });

  it.each<string>([
    // The honorific with no office before it vouches for nobody.
    'وقال السيد زو رام بون، أحد سكان القرية، إن المياه ارتفعت بسرعة كبيرة في الليل.',
    // A comma then words of another clause: the phrase is no office's any more.
    'زار رئيس اللجنة الشعبية القرية، ثم قابل السيد زو رام بون، وهو مزارع من المنطقة.',
  ])('reads no official in %s', (text) => {
    expect(people(text, 'ar')).toEqual([]);
  });
});
