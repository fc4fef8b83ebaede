/**
 * Classes of batch 46a (col46a: en fr id it nl pl vi), on sentences written for this test:
 * - a count of officials named by their office counts persons (lexicon `units`): vi "3 Phó Giám đốc", "2 Thứ
 *   trưởng"; it "tre vicedirettori", "due viceministri"; nl "drie adjunct-directeuren", "twee ministers"; en "two
 *   deputy ministers"; fr "deux vice-ministres"; pl "dwóch wiceministrów"; ro "doi viceminiștri"; id "dua wakil
 *   menteri" (a ministry stays an organization: "Dwa ministerstwa", "Dua kementerian");
 * - Vietnamese lines of inquiry or of pursuit of a case ("4 mũi trinh sát", "5 mũi xác minh") are teams, like
 *   its working groups ("tổ công tác"); "mũi" alone stays no unit (a vaccine's "2 mũi tiêm" is no team).
 */
import { describe } from 'vitest';
import { itReadsEach, valueAndUnit } from '../support/figure-cases.js';

const OFFICES: Array<[string, string, Array<[number, string]>]> = [
  [
    'vi',
    'Giám đốc Công an tỉnh đã phân công 3 Phó Giám đốc trực tiếp chỉ đạo lực lượng tại hiện trường.',
    [[3, 'person']],
  ],
  [
    'vi',
    'Buổi làm việc có sự tham dự của 2 Thứ trưởng và 4 trưởng phòng nghiệp vụ.',
    [
      [2, 'person'],
      [4, 'person'],
    ],
  ],
  [
    'it',
    'Alla cerimonia erano presenti tre vicedirettori della polizia provinciale e due viceministri.',
    [
      [3, 'person'],
      [2, 'person'],
    ],
  ],
  [
    'nl',
    'Bij de bijeenkomst waren drie adjunct-directeuren van de provinciale politie en twee ministers aanwezig.',
    [
      [3, 'person'],
      [2, 'person'],
    ],
  ],
  [
    'en',
    'The ceremony was attended by two deputy ministers and three provincial police directors.',
    [
      [2, 'person'],
      [3, 'person'],
    ],
  ],
  [
    'fr',
    'La cérémonie a réuni deux vice-ministres et trois directeurs adjoints de la police provinciale.',
    [
      [2, 'person'],
      [3, 'person'],
    ],
  ],
  [
    'pl',
    'W uroczystości wzięło udział dwóch wiceministrów, a dwa ministerstwa podpisały umowę.',
    [
      [2, 'person'],
      [2, 'organization'],
    ],
  ],
  [
    'ro',
    'La ceremonie au participat doi viceminiștri și trei miniștri ai guvernului.',
    [
      [2, 'person'],
      [3, 'person'],
    ],
  ],
  [
    'id',
    'Upacara dihadiri dua wakil menteri, sedangkan dua kementerian menandatangani perjanjian.',
    [
      [2, 'person'],
      [2, 'organization'],
    ],
  ],
];

const LINES: Array<[string, string, Array<[number, string]>]> = [
  [
    'vi',
    'Ban chuyên án chia thành 4 mũi trinh sát và 12 tổ công tác để truy bắt đối tượng.',
    [
      [4, 'team'],
      [12, 'team'],
    ],
  ],
  [
    'vi',
    'Công an tỉnh lập 5 mũi xác minh, huy động 300 cán bộ tham gia.',
    [
      [5, 'team'],
      [300, 'person'],
    ],
  ],
  [
    'vi',
    'Trạm y tế xã đã tiêm 2 mũi vắc xin cho 150 trẻ em.',
    [
      [2, 'other'],
      [150, 'person'],
    ],
  ],
];

describe('a count of officials by their office', () => {
  itReadsEach(OFFICES, valueAndUnit);
});

describe('Vietnamese lines of inquiry are teams', () => {
  itReadsEach(LINES, valueAndUnit);
});
