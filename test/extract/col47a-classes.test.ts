/**
 * Classes of batch 47a (col47a: cs nl pt vi), on sentences written for this test:
 * - a Vietnamese verb that folds onto a name word counts: "truy tố 12 bị can" (indicted twelve defendants) is
 *   a count, while the residential group "tổ 4" and the map sheet "tờ 7" stay names (lexicon
 *   `nameWordsAsWritten`: the name words "tổ", "tờ" and the adjective "to" as written, no longer the folded "to");
 * - Vietnamese clubs ("câu lạc bộ") are groups, like the self-managed groups beside them;
 * - Vietnamese certificates of merit ("bằng khen", "giấy khen") are counted things of their own, not gangs
 *   ("băng", which "bằng" folds onto);
 * - Vietnamese "tội phạm" counted is offenders ("bắt 40 tội phạm"), persons;
 * - the day of the lunar month ("mùng 3 Tết", "mồng 5") is a date, no figure;
 * - Czech offenders ("delikventů") are persons.
 */
import { describe } from 'vitest';
import { itReadsEach, valueAndUnit } from '../support/figure-cases.js';

const FOLDED_VERBS: Array<[string, string, Array<[number, string]>]> = [
  [
    'vi',
    'Viện kiểm sát nhân dân huyện đã truy tố 12 bị can trong đường dây cho vay nặng lãi.',
    [[12, 'person']],
  ],
  ['vi', 'Người dân ở tổ 4, khu phố 2 đã tố giác 3 đối tượng với công an phường.', [[3, 'person']]],
  ['vi', 'Ủy ban xã cấp giấy cho thửa đất thuộc tờ 7 của 2 hộ dân.', [[2, 'household']]],
];

const COUNTED_NOUNS: Array<[string, string, Array<[number, string]>]> = [
  [
    'vi',
    'Huyện hiện có 31 câu lạc bộ phòng chống tội phạm và 12 tổ tự quản ở khu dân cư.',
    [
      [31, 'group'],
      [12, 'group'],
    ],
  ],
  [
    'vi',
    'Dịp này, Chủ tịch UBND huyện trao 14 bằng khen và 27 giấy khen cho lực lượng công an.',
    [
      [14, 'other'],
      [27, 'other'],
    ],
  ],
  [
    'vi',
    'Trong năm, lực lượng công an thành phố đã bắt 40 tội phạm truy nã và 65 tội phạm nguy hiểm.',
    [
      [40, 'person'],
      [65, 'person'],
    ],
  ],
  [
    'cs',
    'Policie loni zadržela 58 drogových delikventů a zabavila 9 kg drog.',
    [
      [58, 'person'],
      [9, 'kg'],
    ],
  ],
];

const LUNAR_DAYS: Array<[string, string, Array<[number, string]>]> = [
  ['vi', 'Sáng mùng 3 Tết, đội chữa cháy điều 4 xe chữa cháy đến hiện trường.', [[4, 'vehicle']]],
  ['vi', 'Đến mồng 5 tháng Giêng, công an xã đã xử lý 6 trường hợp vi phạm.', [[6, 'case']]],
];

describe('a Vietnamese verb that folds onto a name word counts', () => {
  itReadsEach(FOLDED_VERBS, valueAndUnit);
});

describe('clubs, certificates and offenders counted', () => {
  itReadsEach(COUNTED_NOUNS, valueAndUnit);
});

describe('the day of the lunar month is a date', () => {
  itReadsEach(LUNAR_DAYS, valueAndUnit);
});
