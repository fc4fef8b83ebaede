/**
 * Topic classes of session 27 (b27t), on sentences written for the project (never an article's text):
 * - Estonian, Lithuanian and Albanian had no disaster cues (topic other): the dead, the missing and the
 *   evacuated of a typhoon or a flood fell to crime, the topic of a figure whose article names no subject;
 * - Chinese writes the counted noun after its measure word ("走私约50公斤冰毒", smuggled about 50 kg of meth):
 *   that noun, not the verb glued before the number, is the figure's subject.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

type Case = [language: string, text: string, figure: string, topic: string];

function topicOf(language: string, text: string, figure: string): string | undefined {
  return extractFigures(documentOf(text, language), []).find((f) => f.text === figure)?.topic;
}

const CASES: Case[] = [
  ['et', 'Taifuun tabas rannikut ja üleujutused hävitasid külad. Hukkus 14 inimest.', '14 inimest', 'other'],
  ['et', 'Tugev torm jõudis eile saarele. Kodudest evakueeriti 2 000 inimest.', '2 000 inimest', 'other'],
  [
    'lt',
    'Potvynis užliejo kaimus šalies šiaurėje. Žuvo 9 žmonės, dar 3 gyventojai dingo.',
    '9 žmonės',
    'other',
  ],
  ['lt', 'Taifūnas atnešė smarkių liūčių. Iš namų buvo evakuota 800 gyventojų.', '800 gyventojų', 'other'],
  ['sq', 'Stuhia goditi bregdetin dhe shkaktoi përmbytje. Humbën jetën 7 persona.', '7 persona', 'other'],
  ['sq', 'Pas tajfunit, autoritetet evakuuan 3 000 persona nga zonat bregdetare.', '3 000 persona', 'other'],
  // A road accident is still a road accident: 'fatkeqësi' alone names none of the disasters.
  ['sq', 'Në aksident rrugor humbën jetën 3 persona.', '3 persona', 'traffic'],
  ['zh', '警方日前破获一个贩毒团伙。这些人向邻国走私约50公斤冰毒。', '50公斤', 'drugs'],
  ['zh', '警方破获一个团伙。该团伙曾向邻国走私超过3公斤可卡因。', '3公斤', 'drugs'],
  ['zh', '警方破获一个团伙。该团伙曾向邻国走私约500发子弹。', '500发子弹', 'weapons'],
  // The noun glued before still names the count when nothing of a subject follows the measure word.
  ['zh', '警方去年共查获毒品案件95起。', '95起', 'drugs'],
];

describe('topics of session 27 (b27t)', () => {
  it.each(CASES)('%s: %s → %s is %s', (language, text, figure, topic) => {
    expect(topicOf(language, text, figure)).toBe(topic);
  });
});
