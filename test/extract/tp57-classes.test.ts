/**
 * Classes of session 57 (tp57: topics of figures, vi, fr, en, ko), on sentences written for this test:
 * - the arms of an armed offence told in the lead (a brawl, a robbery, an assault, a disorder) are its tools,
 *   and the offenders counted are the offence's (crime), even where the story passes by another subject in
 *   fewer words than it names offences (the social network the gang met through, the addicts who did it):
 *   offenceLed weighs the other subjects against the offences instead of giving up at the first one;
 * - a story of the arms themselves (a trade in guns) keeps its offenders the arms', and so does a story whose
 *   other subjects weigh as much as its offences: a review's fields (murders, guns, road deaths) weigh alike;
 * - lost property found and handed back, and money transferred by mistake (vi "nhặt được", "nhặt của rơi",
 *   "người đánh rơi", "chuyển nhầm"; fr "transféré par erreur", "objets trouvés"), are no case: the money is
 *   `other` (lexicon topics.other), not the crime or the road of the police unit that returned it; a theft of
 *   a wallet stays crime.
 */
import { describe } from 'vitest';
import { itReadsEach, valueUnitAndTopic } from '../support/figure-cases.js';

describe('Function: extractFigures (tp57 classes)', () => {
  describe("the offenders of an armed offence are the offence's, a passing subject aside", () => {
    itReadsEach(
      [
        [
          'vi',
          'Nhóm thanh niên hẹn nhau trên mạng xã hội để đánh nhau, mang hung khí đi giải quyết mâu thuẫn.\n\nCông an đã bắt giữ 15 đối tượng, thu giữ nhiều vũ khí.',
          [[15, 'person', 'crime']],
        ],
        [
          'fr',
          'Deux toxicomanes armés de couteaux ont commis des coups et blessures puis un vol.\n\nLa police a arrêté 2 hommes, saisi des armes.',
          [
            [2, 'person', 'drugs'],
            [2, 'person', 'crime'],
          ],
        ],
        // The arms as the story's subject, or other subjects as heavy as the offences: the arms' own.
        [
          'vi',
          'Công an tỉnh triệt phá đường dây mua bán vũ khí quân dụng trái phép qua mạng xã hội.\n\nCông an đã bắt giữ 5 đối tượng, thu giữ 7 khẩu súng.',
          [
            [5, 'person', 'weapons'],
            [7, 'weapon', 'weapons'],
          ],
        ],
        [
          'en',
          'Police raided a ring selling guns online and heroin to addicts in a gang fight district.\n\nPolice detained 12 suspects, seizing weapons.',
          [[12, 'person', 'weapons']],
        ],
        [
          'ko',
          '상반기 결산\n6개월 동안 경찰은 살인 사건의 86%를 해결했다. 총기 45정과 총알 2000발을 압수했다. 교통사고는 12% 감소했고 68명이 숨졌다.',
          [
            [86, 'percent', 'crime'],
            [45, 'weapon', 'weapons'],
            [2000, 'other', 'weapons'],
            [12, 'percent', 'traffic'],
            [68, 'person', 'traffic'],
          ],
        ],
      ],
      valueUnitAndTopic,
    );
  });

  describe('lost property handed back and money sent by mistake are no case (other)', () => {
    itReadsEach(
      [
        [
          'vi',
          'Công an phường trao trả tài sản cho người đánh rơi.\n\nTrong lúc tuần tra, cán bộ cảnh sát giao thông nhặt được chiếc ví bên trong có hơn 8 triệu đồng.',
          [[8_000_000, 'vnd', 'other']],
        ],
        [
          'vi',
          'Một người dân phát hiện tài khoản nhận được 50 triệu đồng chuyển nhầm từ người lạ.',
          [[50_000_000, 'vnd', 'other']],
        ],
        [
          'fr',
          "La police a restitué la somme de 30 millions de dongs transférée par erreur sur le compte d'un habitant.",
          [[30_000_000, 'vnd', 'other']],
        ],
        // A wallet taken by a thief is the theft's.
        [
          'vi',
          'Đối tượng trộm cắp tài sản đã lấy chiếc ví có 5 triệu đồng của chị H.',
          [[5_000_000, 'vnd', 'crime']],
        ],
      ],
      valueUnitAndTopic,
    );
  });
});
