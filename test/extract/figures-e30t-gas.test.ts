/**
 * Gas explosions (session 30, e30t), on sentences written for the project (never an article's text): the
 * explosion of a gas cylinder or a gas leak is a fire's event (topics.fire: "gas explosion", "explosion de
 * gaz", "взрыв газа", "燃气爆炸" ...), so the people it hurt and the houses it damaged are fire's. Negative: gas
 * cylinders seized or carried are goods, whose case decides (smuggling), not a fire.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

type Case = [language: string, text: string, figure: string, topic: string];

function topicOf(language: string, text: string, figure: string): string | undefined {
  return extractFigures(documentOf(text, language), []).find((f) => f.text === figure)?.topic;
}

const CASES: Case[] = [
  ['en', 'A gas explosion at a noodle shop in Vinh injured 4 people.', '4 people', 'fire'],
  ['fr', 'Une explosion de gaz dans un atelier de Vinh a blessé 4 personnes.', '4 personnes', 'fire'],
  [
    'de',
    'Bei einer Gasexplosion in einer Garküche in Vinh wurden 4 Menschen verletzt.',
    '4 Menschen',
    'fire',
  ],
  ['es', 'Una explosión de gas en un taller de Vinh hirió a 4 personas.', '4 personas', 'fire'],
  ['it', "Un'esplosione di gas in un'officina di Vinh ha ferito 4 persone.", '4 persone', 'fire'],
  ['pt', 'Uma explosão de gás numa oficina em Vinh feriu 4 pessoas.', '4 pessoas', 'fire'],
  ['pl', 'Wybuch gazu w warsztacie w Vinh ranił 4 osoby.', '4 osoby', 'fire'],
  ['cs', 'Výbuch plynu v dílně ve Vinh zranil 4 lidi.', '4 lidi', 'fire'],
  ['nl', 'Bij een gasexplosie in een werkplaats in Vinh raakten 4 mensen gewond.', '4 mensen', 'fire'],
  ['ro', 'O explozie de gaz într-un atelier din Vinh a rănit 4 persoane.', '4 persoane', 'fire'],
  ['ru', 'Взрыв газа в мастерской во Вине ранил 4 человек.', '4 человек', 'fire'],
  ['zh', '荣市一家作坊发生燃气爆炸，造成4人受伤。', '4人', 'fire'],
  ['ja', 'ヴィン市の作業場でガス爆発があり、4人が負傷した。', '4人', 'fire'],
  ['ko', '빈시의 작업장에서 가스 폭발이 일어나 4명이 다쳤다.', '4명', 'fire'],
  // Negative: gas cylinders seized are the goods of a smuggling case.
  [
    'en',
    'Smuggling foiled in Tay Ninh\nOfficers seized 300 smuggled gas cylinders and 2 trucks.',
    '300',
    'smuggling',
  ],
];

describe('figure topics: gas explosions are fire (e30t)', () => {
  it.each(CASES)('%s: %s → %s is %s', (language, text, figure, topic) => {
    expect(topicOf(language, text, figure)).toBe(topic);
  });
});
