/**
 * Compounds written with a hyphen in languages of compounds (German, Dutch, Swedish): the noun the number
 * counts is the compound's last part, as in a compound written as one word. "5.100 Krankenhaus-Aufenthalte"
 * are hospital stays, not households; "40 Drogen-Pillen" are pills. Sentences written for the project as a
 * news outlet would write them, before the engine read them so.
 */
import { describe } from 'vitest';
import { itReadsEach, unitOf } from '../support/figure-cases.js';

type Case = [language: string, text: string, units: string[]];

const COMPOUNDS: Case[] = [
  ['de', 'Die Behörden zählten 5.100 Krankenhaus-Aufenthalte nach Verkehrsunfällen.', ['other']],
  ['de', 'Bei der Razzia wurden 320 Ecstasy-Tabletten sichergestellt.', ['other']],
  ['de', 'Die Polizei führte 45 Haus-Durchsuchungen im Bezirk durch.', ['other']],
  ['de', 'Die Beamten führten am Grenzübergang 60 Personen-Kontrollen durch.', ['session']],
  ['de', 'Das Hochwasser traf 12 Bauern-Familien im Dorf.', ['household']],
  ['nl', 'De politie telde 230 ziekenhuis-opnames na de feestdagen.', ['other']],
  ['nl', 'Bij de inval werden 3 drugs-koeriers aangehouden.', ['person']],
];

describe('Function: extractFigures (hyphened compounds)', () => {
  itReadsEach(COMPOUNDS, unitOf, '%s counts the last part of a hyphened compound: %s');
});
