/**
 * Session 25, people: Telugu gets a people file with the Vietnamese names of its script, read after a rank or
 * an office as in Hindi and Tamil (Telugu joins the spaced scripts of people/scripts.ts). A name in Latin
 * letters after a Telugu rank is read too. A suspect, a name after the courtesy శ్రీ alone, and a city named
 * after a person stay out. Sentences written for the purpose.
 */
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../lambdas/extract/index.js';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { isLocalityName, isNamesake, isPlaceName } from '../../lambdas/extract/places/index.js';

function officials(text: string, language: string): Array<[string, string | null]> {
  return findPeople(makeDocument(text, language), { isPlaceName, isNamesake, isLocalityName })
    .map((p): [string, string | null] => [p.name, p.rank])
    .sort();
}

describe('Function: findPeople (Telugu)', () => {
  it.each([
    ['కల్నల్ లే వాన్ థాన్ గాలింపు కొనసాగుతోందని చెప్పారు.', 'లే వాన్ థాన్', 'colonel'],
    ['మేజర్ జనరల్ డో క్వోక్ బావో ఘటనా స్థలాన్ని పరిశీలించారు.', 'డో క్వోక్ బావో', 'major-general'],
    ['ప్రధానమంత్రి ఫామ్ మిన్ చిన్ వరద ప్రాంతాలను సందర్శించారు.', 'ఫామ్ మిన్ చిన్', null],
    ['ఉప ప్రధానమంత్రి ట్రాన్ హాంగ్ హా సహాయక చర్యలకు ఆదేశించారు.', 'ట్రాన్ హాంగ్ హా', null],
    ['కల్నల్ Le Van Thanh గాలింపు కొనసాగుతోందని చెప్పారు.', 'Le Van Thanh', 'colonel'],
  ])('te: %s', (text, name, rank) => {
    expect(officials(text, 'te')).toEqual([[name, rank]]);
  });

  it.each([
    'నిందితుడు లే వాన్ థాన్‌ను పోలీసులు అరెస్టు చేశారు.',
    'శ్రీ లే వాన్ థాన్ అరెస్టు అయ్యారు.',
    'హో చి మిన్ నగరంలో భారీ వర్షాలు కురిశాయి.',
  ])('te: no official in %s', (text) => {
    expect(officials(text, 'te')).toEqual([]);
  });
});
