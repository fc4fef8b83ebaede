/**
 * Three classes of officials the people stage missed on unseen text (session 24), each in invented sentences:
 * role words written without their diacritics ("secretaire", "depute"), an office closing with a bare type
 * word right before its holder ("de la ville X", where the language writes "ville de" before a place), and a
 * living namesake of a national figure whose office follows the name ("X, a spokesman for ...").
 */
import { describe, expect, it } from 'vitest';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { fold } from '../../lambdas/extract/text/fold.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';

const PLACES = new Set(['nghe an', 'quang tri', 'ha tinh']);
const isPlaceName = (name: string) => PLACES.has(fold(name));

function officials(body: string, language: string): string[] {
  const doc = { body, folded: fold(body), sentences: splitSentences(body), language };
  return findPeople(doc, { isPlaceName }).map((p) => p.name);
}

type Case = [language: string, body: string, expected: string[]];

describe('Function: findPeople (role words written without diacritics)', () => {
  it.each<Case>([
    ['fr', 'Le depute Tran Van Long a declare que les digues tiendraient.', ['Tran Van Long']],
    [
      'fr',
      'Selon la secretaire du comite du Parti, Nguyen Thi Lan, les evacuations continuent.',
      ['Nguyen Thi Lan'],
    ],
    ['pt', 'O secretario do Comite do Partido, Vo Minh Duc, visitou as familias.', ['Vo Minh Duc']],
  ])('%s: %s', (language, body, expected) => {
    expect(officials(body, language)).toEqual(expected);
  });
});

describe('Function: findPeople (a bare type word closing the office before its holder)', () => {
  it.each<Case>([
    [
      'fr',
      'La vice-présidente du Comité populaire de la commune Hoang Thi Mai a visité les familles sinistrées.',
      ['Hoang Thi Mai'],
    ],
    [
      'it',
      'Il presidente del Comitato popolare della provincia Le Van Thanh ha visitato le famiglie colpite.',
      ['Le Van Thanh'],
    ],
    [
      'es',
      'El presidente del Comité Popular de la provincia Dang Quoc Bao visitó las zonas inundadas.',
      ['Dang Quoc Bao'],
    ],
    [
      'en',
      "The chairman of the People's Committee of the district Vo Van Minh said the road would reopen.",
      ['Vo Van Minh'],
    ],
    ['fr', 'Le président du Comité populaire de la province de Nghe An a visité les familles.', []],
  ])('%s: %s', (language, body, expected) => {
    expect(officials(body, language)).toEqual(expected);
  });
});

describe('Function: findPeople (a namesake of a national figure with an office after the name)', () => {
  it.each<Case>([
    ['en', 'Nguyen Du, a spokesman for the provincial police, said the road was closed.', ['Nguyen Du']],
    [
      'fr',
      'Chu Van An, porte-parole de la police provinciale, a précisé que deux personnes étaient blessées.',
      ['Chu Van An'],
    ],
    [
      'es',
      'Vo Van Kiet, portavoz de la policía provincial, dijo que el puente sigue cerrado.',
      ['Vo Van Kiet'],
    ],
    ['vi', 'Hiệu trưởng Trường THPT Nguyễn Du cho biết học sinh được nghỉ học.', []],
  ])('%s: %s', (language, body, expected) => {
    expect(officials(body, language)).toEqual(expected);
  });
});
