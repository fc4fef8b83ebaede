/**
 * Figure classes of session 45 (batch 45a), on sentences written for the project (never an article's text):
 * - Indonesian: one person named with "satu" and his fate after him ("satu orang terluka parah"), as other
 *   lexicons read "one person injured" (fatesAfter);
 * - German: an injury said after the person as a noun with its degree ("eine Frau ... schwere Verletzungen");
 *   "Verletzung" alone also means a breach, which counts nothing;
 * - "several" before a spelled round multiplier is plural vagueness, no count (en "several hundred", "several
 *   dozen", de "mehrere hundert", sv "flera dussin", no "mange hundre", da "flere hundrede"); "a dozen" still
 *   counts twelve;
 * - Scandinavian "område" (area) before a number names a unit's area, no count of the vehicles beside it;
 * - ru, uk, bg tank trucks ("автоцистерна") are vehicles.
 */
import { describe } from 'vitest';
import { itReadsEach, valueAndUnit, type FigureCase } from '../support/figure-cases.js';

const CASES: FigureCase[] = [
  // id: "satu" and a fate after the person
  ['id', 'Tabrakan di jalan provinsi membuat satu orang terluka parah.', [[1, 'person']]],
  ['id', 'Dalam kebakaran gudang itu satu orang tewas.', [[1, 'person']]],
  ['id', 'Satu orang saksi memberi keterangan kepada polisi.', []],
  // de: an injury with its degree after the person; a breach is no fate
  [
    'de',
    'Bei dem Zusammenstoß erlitt eine Frau auf dem Beifahrersitz schwere Verletzungen.',
    [[1, 'person']],
  ],
  ['de', 'Ein Sprecher sprach von einer schweren Verletzung der Vorschriften.', []],
  // several + a round multiplier: vague
  ['en', 'Several hundred residents were evacuated and several dozen officers helped.', []],
  [
    'en',
    'Police arrested 12 suspects and seized a dozen motorbikes.',
    [
      [12, 'person'],
      [12, 'vehicle'],
    ],
  ],
  ['de', 'Mehrere hundert Anwohner wurden evakuiert.', []],
  ['sv', 'Branden förstörde flera dussin kvadratmeter av lagret.', []],
  ['no', 'Mange hundre mennesker ble evakuert.', []],
  ['da', 'Flere hundrede beboere blev evakueret.', []],
  // a numbered area is a name
  ['no', 'Politiet sendte fire brannbiler fra stasjonen i område 3 for å hjelpe til.', [[4, 'vehicle']]],
  ['sv', 'Polisen skickade tre brandbilar från stationen i område 6 för att hjälpa till.', [[3, 'vehicle']]],
  ['da', 'Politiet sendte to brandbiler fra stationen i område 7 for at hjælpe.', [[2, 'vehicle']]],
  // tank trucks
  [
    'ru',
    'Пожарные направили 2 автоцистерны и 40 бойцов.',
    [
      [2, 'vehicle'],
      [40, 'person'],
    ],
  ],
  ['uk', 'На місце прибули 3 автоцистерни.', [[3, 'vehicle']]],
  ['bg', 'На място пристигнаха 2 автоцистерни.', [[2, 'vehicle']]],
];

describe('figure classes of batch 45a', () => {
  itReadsEach(CASES, valueAndUnit);
});
