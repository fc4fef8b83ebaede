/**
 * "Fraudulently" and "fraudulent" name fraud as the noun does (session 23, batch 23: French "vendu
 * frauduleusement", "appropriation frauduleuse" named no offence, and a payment the victim was asked for made
 * the swindle an administration story). The Romance and Dutch stems of the adjective and the adverb, which
 * the fraud lists' noun stems ("fraude*") do not reach. Invented articles with no title: an arrest and the fraud word in the lead, a
 * payment (an administration cue) in a later paragraph, and a figure in a paragraph that names nothing.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import type { Topic } from '../../lambdas/shared/vocabulary.js';
import { documentOf } from '../support/document.js';

type Case = [language: string, text: string, expected: readonly [value: number, topic: Topic][]];

describe('Topic: what was taken fraudulently is crime', () => {
  it.each<Case>([
    [
      'fr',
      'La police a arrêté trois hommes qui ont vendu frauduleusement des bijoux en verre à 6 familles.\nLes 14 victimes ont été reçues au commissariat.\nChacune avait effectué un paiement de 300 euros.',
      [[14, 'crime']],
    ],
    [
      'es',
      'Tras una investigación, fueron detenidos tres hombres que vendieron de forma fraudulenta joyas de vidrio a 6 familias.\nLas 14 víctimas fueron recibidas en la comisaría.\nCada una había hecho un pago de 300 euros.',
      [[14, 'crime']],
    ],
    [
      'pt',
      'Após uma investigação, foram detidos três homens que venderam de forma fraudulenta joias de vidro a 6 famílias.\nAs 14 vítimas foram recebidas na esquadra.\nCada uma tinha feito um pagamento de 300 euros.',
      [[14, 'crime']],
    ],
    [
      'it',
      'La polizia ha arrestato tre uomini che hanno venduto in modo fraudolento gioielli di vetro a 6 famiglie.\nLe 14 vittime sono state ricevute in questura.\nOgnuna aveva fatto un pagamento di 300 euro.',
      [[14, 'crime']],
    ],
    [
      'nl',
      'De politie heeft drie mannen gearresteerd die op frauduleuze wijze glazen sieraden aan 6 gezinnen verkochten.\nDe 14 slachtoffers werden op het bureau ontvangen.\nIeder had een betaling van 300 euro gedaan.',
      [[14, 'crime']],
    ],
  ])('[%s] %s', (language, text, expected) => {
    const figures = extractFigures(documentOf(text, language), []).map((f) => [f.value, f.topic]);
    const got = expected.map(([value]) => [value, figures.find(([v]) => v === value)?.[1]]);
    expect(got).toEqual(expected);
  });
});
