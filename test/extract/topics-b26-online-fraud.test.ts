/**
 * Session 26, on sentences written for the project (never an article's text): a scam told with the means of
 * a fraud at a distance (calls, transfers, apps, passing oneself off as bank staff) is cyber in the Nordic
 * languages too, as it is where the lexicons had fraud, channel and impersonation words: its arrests, its
 * victims and its money are the scam's. The police named as the actor ("politiet", "polisen") is no crime
 * cue of police work, as it is none in the larger lexicons: counted as one, it drowned the scam's words.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

type Case = [language: string, text: string, figure: string, topic: string];

const NO =
  'Politiet i fylket har pågrepet 12 personer etter en lang etterforskning.\n\nGruppen ga seg ut for å være bankansatte og ringte til over 300 ofre, som ble lurt til å overføre 4 millioner kroner.';
const DA =
  'Politiet i regionen har anholdt 12 personer efter en lang efterforskning.\n\nGruppen udgav sig for at være bankansatte og ringede til over 300 ofre, som blev snydt til at overføre 4 millioner kroner.';
const SV =
  'Polisen har gripit 12 personer för bedrägeri.\n\nBedragarna utgav sig för att vara bankanställda och ringde till över 300 offer, som förde över 4 miljoner kronor via en app.';
const FI =
  'Poliisi pidätti 12 henkilöä petoksesta.\n\nHuijarit tekeytyivät pankin työntekijöiksi ja soittivat yli 300 uhrille, jotka tekivät tilisiirtoja 4 miljoonaa euroa.';
const IS =
  'Lögreglan handtók 12 manns eftir langa rannsókn.\n\nHópurinn þóttist vera bankastarfsmenn og hringdi í yfir 300 fórnarlömb sem voru blekkt til að millifæra 4 milljónir króna.';

const SCAMS: Case[] = [
  ['no', NO, '12 personer', 'cyber'],
  ['no', NO, '300 ofre', 'cyber'],
  ['no', NO, '4 millioner kroner', 'cyber'],
  ['da', DA, '12 personer', 'cyber'],
  ['da', DA, '300 ofre', 'cyber'],
  ['sv', SV, '12 personer', 'cyber'],
  ['sv', SV, '4 miljoner kronor', 'cyber'],
  ['fi', FI, '12 henkilöä', 'cyber'],
  ['fi', FI, '300 uhrille', 'cyber'],
  ['is', IS, '12 manns', 'cyber'],
  ['is', IS, '4 milljónir króna', 'cyber'],
  // A fraud with no means at a distance stays crime; a phone with no fraud is no cue.
  ['sv', 'Polisen har gripit 3 personer för bedrägeri mot en bank.', '3 personer', 'crime'],
  ['no', 'Politiet beslagla 20 telefoner og pågrep 3 personer for tyveri.', '3 personer', 'crime'],
];

function topicOf(language: string, text: string, figure: string): string | undefined {
  return extractFigures(documentOf(text, language), []).find((f) => f.text === figure)?.topic;
}

describe('session 26: a scam at a distance is cyber in the Nordic languages', () => {
  it.each(SCAMS)('%s: %s → %s %s', (language, text, figure, topic) => {
    expect(topicOf(language, text, figure)).toBe(topic);
  });
});
