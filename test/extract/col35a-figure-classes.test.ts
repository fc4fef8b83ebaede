/**
 * Figure classes of batch 35 (col35a), on sentences written for this test:
 * - vi a number of storeys after a building ("nhà 3 tầng", "biệt thự 4 lầu") is the building's size, no count,
 *   as "12-storey" is in English (lexicon `sizes`); a floor's number before the word ("tầng 2") names it;
 * - vi a border marker's number ("mốc 207", "mốc quốc giới 412") and a house number ("số nhà 64/19") name the
 *   marker and the house (lexicon `nameWords`);
 * - el an area or a volume ("150 τετραγωνικών μέτρων", "12 κυβικά μέτρα") is counted as `other`, as
 *   "300 mètres carrés" is (lexicon `units.other`);
 * - it apartments and buildings are counted things (`units.other`: "60 appartamenti … in quattro edifici");
 * - a capital Latin letter written against a number ends a code ("centro 2905D", "station 4417D"): the letter
 *   is no unit, even where a lexicon has it folded (d, the đồng's sign); a spaced "d" still is.
 */
import { describe } from 'vitest';
import { itReadsEach, valueAndUnit } from '../support/figure-cases.js';

const CASES: Array<[string, string, Array<[number, string]>]> = [
  ['vi', 'Lửa bùng lên trong căn nhà 3 tầng ở cuối ngõ.', []],
  ['vi', 'Một biệt thự 4 lầu bên bờ sông bị cháy rụi.', []],
  ['vi', 'Đám cháy xuất phát từ tầng 2 của ngôi nhà.', []],
  ['vi', 'Tổ tuần tra bắt 2 người gần mốc quốc giới 412 cách đường mòn khoảng 50 m.', [[2, 'person']]],
  [
    'vi',
    'Lực lượng biên phòng phát hiện 15 bao tải hàng lậu gần mốc 207 trên tuyến biên giới.',
    [[15, 'other']],
  ],
  ['vi', 'Người đàn ông (37 tuổi, ngụ số nhà 64/19, đường Trần Phú) bị bắt cùng 3 kg ma túy.', [[3, 'kg']]],
  ['el', 'Η φωτιά κατέστρεψε μια αποθήκη 150 τετραγωνικών μέτρων στο λιμάνι.', [[150, 'other']]],
  ['el', 'Από το δεξαμενόπλοιο διέρρευσαν 12 κυβικά μέτρα πετρελαίου.', [[12, 'other']]],
  [
    'it',
    'Il fuoco che ha colpito 60 appartamenti disposti in quattro edifici ha causato 5 morti.',
    [
      [60, 'other'],
      [4, 'other'],
      [5, 'person'],
    ],
  ],
  ['it', 'Il furgone era stato controllato dal centro 2905D lo scorso marzo.', []],
  ['en', 'The lorry had been inspected at station 4417D last spring.', []],
  ['en', 'The driver was fined 750,000 d for the offence.', [[750000, 'vnd']]],
];

describe('Function: extractFigures (col35a classes)', () => {
  itReadsEach(CASES, valueAndUnit);
});
