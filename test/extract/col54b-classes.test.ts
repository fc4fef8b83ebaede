/**
 * Classes of session 54 (col54b: ja, ar, el, with the offence's forms in vi, en, ko, zh, ru), on sentences written
 * for this test:
 * - the offence of anti-state propaganda (ja "反国家宣伝", vi "tuyên truyền chống Nhà nước", en "anti-state
 *   propaganda", ko "반국가 선전", zh "反国家宣传", ru "антигосударственная пропаганда") is a crime, not the
 *   propaganda topic of awareness campaigns, whose word it holds: lexicon `offences` (a longer cue hides the
 *   shorter one it starts with); a campaign's propaganda keeps its topic;
 * - a threat to plant a bomb (ja "爆弾を仕掛ける", "爆破予告", vi "đe dọa đặt bom") is an offence:
 *   crime, not the weapons topic of the bomb it names (the longer cue hides "爆弾", "bom"); bombs seized stay weapons;
 * - ordinals of times: ja "N回目", ko "N회째" (labelsAfter), and a bare ja "N度" (a latitude, a temperature) count
 *   nothing. (col54b's rule that counts of times count, ja "2回刺した", ko "2회", th "2 ครั้ง", was withdrawn by the
 *   lead: the project's figure spec reads "ตรวจสอบ 3 ครั้ง" (inspected 3 times) as no figure and the e31o gold lists
 *   ja "1回" as a non-figure, while the e30t matrix counts "集会を120回開き" as sessions held; the convention is to be
 *   settled on tuning first);
 * - ar "ناجين" (survivors) counts persons, as "سبعة أشخاص" does;
 * - el partitives "από τους οποίους", "εκ των οποίων" ("two of whom") count again what was just counted
 *   (lexicon `elliptic`), as en "of whom" does.
 */
import { describe } from 'vitest';
import { itReadsEach, valueAndUnit, valueUnitAndTopic } from '../support/figure-cases.js';

describe('Function: extractFigures (col54b classes)', () => {
  describe('anti-state propaganda is an offence: crime', () => {
    itReadsEach(
      [
        ['ja', '省警察は反国家宣伝の容疑で男3人を逮捕した。', [[3, 'person', 'crime']]],
        [
          'vi',
          'Công an tỉnh đã khởi tố 3 bị can về tội tuyên truyền chống Nhà nước.',
          [[3, 'person', 'crime']],
        ],
        ['en', 'Police detained 2 people on charges of anti-state propaganda.', [[2, 'person', 'crime']]],
        ['ko', '성 공안은 반국가 선전 혐의로 3명을 체포했다.', [[3, 'person', 'crime']]],
        ['zh', '省公安以反国家宣传罪逮捕了3名嫌疑人。', [[3, 'person', 'crime']]],
        [
          'ru',
          'Полиция задержала 3 человек по обвинению в антигосударственной пропаганде.',
          [[3, 'person', 'crime']],
        ],
        // A campaign's propaganda is still the propaganda topic.
        [
          'en',
          'Police held 5 propaganda sessions in the communes this month.',
          [[5, 'session', 'propaganda']],
        ],
      ],
      valueUnitAndTopic,
    );
  });

  describe('a bomb threat is an offence: crime', () => {
    itReadsEach(
      [
        ['ja', 'ハノイ市警察は、空港に爆弾を仕掛けると脅した男2人を逮捕した。', [[2, 'person', 'crime']]],
        ['vi', 'Công an bắt 2 đối tượng gọi điện đe dọa đặt bom tại sân bay.', [[2, 'person', 'crime']]],
        // Bombs seized are arms.
        [
          'vi',
          'Bộ đội biên phòng thu giữ 2 quả bom và 5 quả lựu đạn của nhóm buôn lậu.',
          [
            [2, 'weapon', 'weapons'],
            [5, 'weapon', 'weapons'],
          ],
        ],
        [
          'ja',
          'ラオカイ省警察は、国境で爆弾2個と手榴弾5個を押収した。',
          [
            [2, 'weapon', 'weapons'],
            [5, 'weapon', 'weapons'],
          ],
        ],
      ],
      valueUnitAndTopic,
    );
  });

  describe('ordinals of times', () => {
    itReadsEach(
      [
        ['ko', '그는 3회째 조사에서 범행을 자백했다.', []],
        // An ordinal, a latitude and a temperature count nothing.
        ['ja', '3回目の捜索で、北緯11度の海上は気温が38度に達した。', []],
      ],
      valueAndUnit,
    );
  });

  describe('ar survivors are persons', () => {
    itReadsEach(
      [
        ['ar', 'انتشلت فرق الإنقاذ 6 ناجين من تحت الأنقاض.', [[6, 'person']]],
        ['ar', 'نقل 12 ناجيا إلى المستشفى.', [[12, 'person']]],
        // A successful campaign names no survivor.
        ['ar', 'أجرت الشرطة 3 حملات ناجحة هذا الشهر.', [[3, 'session']]],
      ],
      valueAndUnit,
    );
  });

  describe('el a partitive counts again what was just counted', () => {
    itReadsEach(
      [
        [
          'el',
          'Οι πυροσβέστες έσωσαν οκτώ ανθρώπους, τρεις από τους οποίους μεταφέρθηκαν στο νοσοκομείο.',
          [
            [8, 'person'],
            [3, 'person'],
          ],
        ],
        [
          'el',
          'Η αστυνομία συνέλαβε πέντε άτομα, δύο από τα οποία ήταν ανήλικοι.',
          [
            [5, 'person'],
            [2, 'person'],
          ],
        ],
        // With nothing counted before it, the partitive's number has nothing to count again.
        ['el', 'Η αστυνομία εξετάζει τα στοιχεία, από τα οποία 2 είναι νέα.', []],
      ],
      valueAndUnit,
    );
  });
});
