/**
 * Figure and topic classes of batch 38a (col38a: ja ko it el), on sentences written for this test:
 * - ko a counter that starts another noun ("병원", hospital, starts with 병, the counter of bottles) counts
 *   nothing after a number word: "한 병원" is a hospital (lexicon `unitLookalikes`, figures/read.ts); bottles
 *   glued to their number still count;
 * - el hail ("χαλάζι", "χαλαζόπτωση") and tornadoes ("ανεμοστρόβιλος") are weather, topic `other` (lexicon
 *   `topics.other`), as storms already were;
 * - ja the end of a stretch of a national highway written "…キロまで" (up to km …) is a distance, no kilograms
 *   (lexicon `distances`, beside "キロ地点"); a weight in キロ still counts.
 */
import { describe } from 'vitest';
import { itReadsEach, valueUnitAndTopic } from '../support/figure-cases.js';

const CASES: Array<[string, string, Array<[number, string, string]>]> = [
  ['ko', '부상자는 인근의 한 병원으로 옮겨져 치료를 받고 있다.', []],
  // Told with no cue but its casualties, a rescue answers a mishap: `other` since ko has mishapFates (session 46).
  ['ko', '구조대는 부상자 두 명을 한 병원으로 이송했다.', [[2, 'person', 'other']]],
  ['ko', '세관은 밀수된 양주 30병을 압수했다.', [[30, 'other', 'smuggling']]],
  [
    'el',
    'Μετά το χαλάζι της Κυριακής, οι αστυνομικοί επισκεύασαν τις στέγες τεσσάρων σπιτιών.',
    [[4, 'other', 'other']],
  ],
  ['el', 'Η χαλαζόπτωση έπληξε το χωριό και 30 σπίτια υπέστησαν ζημιές.', [[30, 'other', 'other']]],
  ['el', 'Ένας ανεμοστρόβιλος ξήλωσε τις στέγες από 15 σπίτια της περιοχής.', [[15, 'other', 'other']]],
  ['ja', '交通警察隊は国道14号線の620+100キロから655キロまでを巡回した。', []],
  ['ja', '警察は国道沿いの倉庫で大麻40キロを押収した。', [[40, 'kg', 'drugs']]],
];

describe('Function: extractFigures (col38a classes)', () => {
  itReadsEach(CASES, valueUnitAndTopic);
});
