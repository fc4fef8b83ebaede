/**
 * Session 26, on sentences written for the project (never an article's text): words of death and injury
 * ("zahynuli", "zabito", "загинули", "kuoli") are neutral, whatever the event; the accident word of the
 * language decides that the dead and hurt of a crash are traffic's. Languages that had no accident words
 * (sk, uk, sl, fi) read such a story as crime, and a death word listed as an offence (cs "zabit*", killed,
 * beside "zabití", manslaughter) made a bus crash a crime story.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

type Case = [language: string, text: string, figure: string, topic: string];

const CRASHES: Case[] = [
  [
    'sk',
    'Autobus sa prevrátil pri nehode na diaľnici.\n\nPri nehode zahynuli štyria ľudia a ďalších 12 utrpelo zranenia.',
    'štyria ľudia',
    'traffic',
  ],
  [
    'sk',
    'Autobus sa prevrátil pri nehode na diaľnici.\n\nPri nehode zahynuli štyria ľudia a ďalších 12 utrpelo zranenia.',
    '12 utrpelo zranenia',
    'traffic',
  ],
  [
    'cs',
    'Autobus se převrátil v horách: zabito 9 lidí\n\nPři nehodě bylo zabito 9 lidí a 9 zraněno. Policie vyšetřuje.',
    '9 zraněno',
    'traffic',
  ],
  [
    'uk',
    'Автобус перекинувся внаслідок нещасного випадку на трасі.\n\nУ нещасному випадку загинули 7 людей, ще 12 поранені.',
    '7 людей',
    'traffic',
  ],
  [
    'sl',
    'Avtobus se je prevrnil v nesreči na avtocesti.\n\nV nesreči je umrlo 7 ljudi, 12 je bilo ranjenih.',
    '7 ljudi',
    'traffic',
  ],
  [
    'fi',
    'Linja-auto kaatui onnettomuudessa moottoritiellä.\n\nOnnettomuudessa kuoli 7 ihmistä ja 12 loukkaantui.',
    '12 loukkaantui',
    'traffic',
  ],
  // The same death words in a fire's story stay the fire's: the accident word is no road word there.
  ['cs', 'Ve skladu vypukl požár.\n\nPři požáru bylo zabito 5 lidí a 3 byli zraněni.', '5 lidí', 'fire'],
];

function topicOf(language: string, text: string, figure: string): string | undefined {
  return extractFigures(documentOf(text, language), []).find((f) => f.text === figure)?.topic;
}

describe('session 26: the accident word decides, death and injury words are neutral', () => {
  it.each(CRASHES)('%s: %s → %s %s', (language, text, figure, topic) => {
    expect(topicOf(language, text, figure)).toBe(topic);
  });
});
