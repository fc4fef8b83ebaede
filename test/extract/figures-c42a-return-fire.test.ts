/**
 * Gunfire past "opened fire" (session 42, col42a), on sentences written for the project (never an article's
 * text): returned fire, an exchange of fire, crossfire, "coups de feu", "a fait feu", "Feuergefecht",
 * "conflitto a fuoco", "fuego cruzado", "ответный огонь", "вогонь у відповідь" (notCues) tell a shooting, not a
 * fire, so the people a gunfight hurt are not fire's; a German firearm ("Feuerwaffe") is a weapon (weapons cue,
 * longer than "feuer*"). Negatives: a fire's own words still read fire.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

type Case = [language: string, text: string, figure: string, topic: string];

function topicOf(language: string, text: string, figure: string): string | undefined {
  return extractFigures(documentOf(text, language), []).find((f) => f.text === figure)?.topic;
}

const CASES: Case[] = [
  ['en', 'Two guards returned fire at a gang in Hue and 4 robbers were arrested.', '4 robbers', 'crime'],
  ['en', 'A patrol came under fire near Hue and 4 officers were hurt.', '4 officers', 'other'],
  ['fr', 'Des coups de feu ont éclaté à Hue et 4 suspects ont été arrêtés.', '4 suspects', 'crime'],
  ['fr', 'Un gardien a fait feu sur les voleurs à Hue et 4 suspects ont été arrêtés.', '4 suspects', 'crime'],
  ['de', 'Bei einem Feuergefecht in Hue wurden 4 Verdächtige festgenommen.', '4 Verdächtige', 'crime'],
  ['de', 'Die Polizei in Hue stellte 4 Feuerwaffen sicher.', '4 Feuerwaffen', 'weapons'],
  ['it', 'Dopo un conflitto a fuoco a Hue sono stati arrestati 4 sospetti.', '4 sospetti', 'crime'],
  ['es', 'Tras el fuego cruzado en Hue fueron detenidos 4 sospechosos.', '4 sospechosos', 'crime'],
  ['pt', 'Depois do fogo cruzado em Hue foram presos 4 suspeitos.', '4 suspeitos', 'crime'],
  ['ru', 'Охрана открыла ответный огонь, и в Хюэ задержали 4 подозреваемых.', '4 подозреваемых', 'crime'],
  ['uk', 'Охорона відкрила вогонь у відповідь, і в Хюе затримали 4 підозрюваних.', '4 підозрюваних', 'crime'],
  // Negatives: a fire's own words.
  ['ru', 'Огонь уничтожил в Хюэ 4 дома, пожарные тушили пламя до утра.', '4 дома', 'fire'],
  ['de', 'Das Feuer zerstörte in Hue 4 Häuser, die Feuerwehr löschte es.', '4 Häuser', 'fire'],
  ['fr', 'Le feu a détruit 4 maisons à Hue avant l’arrivée des pompiers.', '4 maisons', 'fire'],
];

describe('figure topics: returned fire, crossfire and gunshots are no fire (c42a)', () => {
  it.each(CASES)('%s: %s → %s is %s', (language, text, figure, topic) => {
    expect(topicOf(language, text, figure)).toBe(topic);
  });
});
