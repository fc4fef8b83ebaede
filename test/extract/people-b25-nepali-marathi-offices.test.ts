/**
 * Session 25, people: Nepali and Marathi, read with the Hindi file (kinship.json), get their own spellings of
 * the offices and ranks there (Nepali प्रधानमन्त्री, निर्देशक, कर्णेल; Marathi पंतप्रधान, संचालक), and a Nepali
 * case particle glued to a name's last word (ले, लाई, को) ends the name instead of joining it. The family
 * name "ले" (Lê) itself is never cut. A suspect stays out. Sentences written for the purpose.
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

describe('Function: findPeople (Nepali and Marathi offices, Nepali glued particles)', () => {
  it.each([
    ['ne', 'प्रधानमन्त्री फाम मिन्ह चिन्हले बाढी प्रभावित क्षेत्रको निरीक्षण गर्नुभयो।', 'फाम मिन्ह चिन्ह', null],
    ['ne', 'उपप्रधानमन्त्री त्रान होङ हाले उद्धार तीव्र पार्न निर्देशन दिनुभयो।', 'त्रान होङ हा', null],
    ['ne', 'कर्णेल दो क्वोक बाओले खोजी जारी रहेको बताउनुभयो।', 'दो क्वोक बाओ', 'colonel'],
    ['ne', 'प्रहरी प्रमुख ले वान थान्हको भनाइ अनुसार खोजी जारी छ।', 'ले वान थान्ह', null],
    ['mr', 'पंतप्रधान फाम मिन्ह चिन्ह यांनी पूरग्रस्त भागाची पाहणी केली.', 'फाम मिन्ह चिन्ह', null],
    ['mr', 'प्रांतीय पोलीस संचालक ले वान थान्ह यांनी सांगितले की शोध सुरू आहे.', 'ले वान थान्ह', null],
    ['hi', 'कर्नल ले वान थान्ह ने कहा कि खोज जारी है।', 'ले वान थान्ह', 'colonel'],
  ])('%s: %s', (language, text, name, rank) => {
    expect(officials(text, language)).toEqual([[name, rank]]);
  });

  it.each([
    ['ne', 'शंकास्पद दो क्वोक बाओलाई प्रहरीले पक्राउ गर्यो।'],
    ['mr', 'संशयित दो क्वोक बाओ याला अटक करण्यात आली.'],
  ])('%s: no official in %s', (language, text) => {
    expect(officials(text, language)).toEqual([]);
  });
});
