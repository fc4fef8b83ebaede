/**
 * A gun's fire (session 30, e30t), on sentences written for the project (never an article's text): "opened
 * fire", "ouvert le feu", "abrió fuego", "открыл огонь" ... (notCues) tell a shooting, not a fire, so the
 * people a gunman hurt are not fire's. Negative: a fire's own words still read fire.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

type Case = [language: string, text: string, figure: string, topic: string];

function topicOf(language: string, text: string, figure: string): string | undefined {
  return extractFigures(documentOf(text, language), []).find((f) => f.text === figure)?.topic;
}

const CASES: Case[] = [
  ['en', 'A robber opened fire in a jewellery shop in Hue, wounding 3 people.', '3 people', 'crime'],
  [
    'fr',
    'Un braqueur a ouvert le feu dans une bijouterie de Hue, blessant 3 personnes.',
    '3 personnes',
    'crime',
  ],
  ['es', 'Un atracador abrió fuego en una joyería de Hue e hirió a 3 personas.', '3 personas', 'crime'],
  [
    'it',
    'Un rapinatore ha aperto il fuoco in una gioielleria di Hue ferendo 3 persone.',
    '3 persone',
    'crime',
  ],
  ['pt', 'Um assaltante abriu fogo numa joalharia de Hue e feriu 3 pessoas.', '3 pessoas', 'crime'],
  ['ru', 'Грабитель открыл огонь в ювелирном магазине в Хюэ и ранил 3 человек.', '3 человек', 'crime'],
  // Negative: a fire's own words.
  ['en', 'A fire broke out in a jewellery shop in Hue, injuring 3 people.', '3 people', 'fire'],
];

describe('figure topics: a gun opening fire is no fire (e30t)', () => {
  it.each(CASES)('%s: %s → %s is %s', (language, text, figure, topic) => {
    expect(topicOf(language, text, figure)).toBe(topic);
  });
});
