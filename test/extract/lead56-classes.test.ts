/**
 * Session 56, the lead's class: Portuguese and Galician. franc's trigram profiles of the two are close enough
 * that a Brazilian news paragraph ranks Galician first now and then (tuning r3035); the words the two
 * standards spell apart (markers.json) settle it, as they do for Indonesian and Malay.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../lambdas/extract/language/index.js';

describe('Portuguese and Galician are told apart by the words they spell apart', () => {
  it.each([
    [
      'pt',
      'Um incêndio matou 9 pessoas em um prédio em Hanói. Os bombeiros não conseguiram chegar ao local, que também era usado como garagem, e a polícia disse que as chamas começaram durante a madrugada.',
    ],
    [
      'pt',
      'A polícia da província de Quang Ninh prendeu dois homens com uma mochila de heroína; segundo as autoridades, eles já eram procurados.',
    ],
    [
      'gl',
      'Un incendio matou a 9 persoas nun edificio en Hanoi. Os bombeiros non puideron chegar ao lugar, que tamén se usaba como garaxe, e a policía dixo que as chamas comezaron cando era de noite.',
    ],
  ])('reads %s', (expected, text) => {
    expect(detectLanguage(text)).toBe(expected);
  });
});
