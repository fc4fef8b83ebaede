/**
 * Classes of session 55 (tp55: topic cues of the common article kinds, in languages session 54 did not cover),
 * on sentences written for this test:
 * - a bus or another vehicle that falls, plunges or rolls into a ravine or a gorge is a crash (traffic), as vi
 *   "lao xuống vực" and th "ตกเหว" already were (de, it, pl, cs, nl, id, ms, tr, zh, uk, el, km, lo, ta, ko, ja:
 *   lexicon `topics.traffic`); a plane (an Airbus) or a climber that falls is not;
 * - illegal logging and illegal mining (it "taglio illegale", ms "pembalakan haram", ja "違法伐採", th
 *   "ลักลอบตัดไม้" / "ลักลอบขุดแร่", tr "kaçak ağaç", lo "ລັກລອບຕັດໄມ້") are offences (crime), as ko "불법 벌목"
 *   already was, no longer smuggling cues: the gold reads cutting a forest as crime and only timber carried or
 *   seized as contraband (vi "gỗ lậu", th "ไม้เถื่อน") as smuggling;
 * - awards have cues in el, lo and ta, which had none; contraband goods in lo ("ຢາສູບເຖື່ອນ"); a landslide in pl
 *   ("osunięcie ziemi") and a drowning in cs ("utopili se") are disasters (other).
 */
import { describe } from 'vitest';
import type { Figure } from '../../lambdas/shared/article.js';
import { itReadsEach, valueAndTopic } from '../support/figure-cases.js';

/** Whether a figure was read as a crash's: the negative cases only say the vehicle rule did not reach them. */
const crashOrNot = (f: Figure): [number, string] => [
  f.value,
  f.topic === 'traffic' ? 'traffic' : 'not traffic',
];

describe('Function: extractFigures (tp55 classes)', () => {
  describe('a vehicle falling into a ravine is a crash', () => {
    itReadsEach(
      [
        ['de', 'Ein Reisebus stürzte in eine Schlucht, 12 Fahrgäste starben.', [[12, 'traffic']]],
        ['it', 'Un autobus è precipitato in un burrone: 10 passeggeri sono morti.', [[10, 'traffic']]],
        ['pl', 'Autobus spadł do wąwozu, zginęło 8 pasażerów.', [[8, 'traffic']]],
        ['cs', 'Autobus se zřítil do rokle, zemřelo 9 cestujících.', [[9, 'traffic']]],
        ['nl', 'Een bus stortte in een ravijn; 11 passagiers kwamen om.', [[11, 'traffic']]],
        ['id', 'Sebuah bus masuk jurang, 10 penumpang tewas.', [[10, 'traffic']]],
        ['ms', 'Sebuah bas terjunam ke dalam gaung, 8 penumpang maut.', [[8, 'traffic']]],
        ['tr', 'Yolcu otobüsü uçuruma yuvarlandı, 12 yolcu öldü.', [[12, 'traffic']]],
        ['zh', '一辆客车坠入山谷，造成12名乘客死亡。', [[12, 'traffic']]],
        ['uk', 'Автобус упав в ущелину, загинули 10 пасажирів.', [[10, 'traffic']]],
        ['el', 'Λεωφορείο έπεσε σε χαράδρα, σκοτώθηκαν 9 επιβάτες.', [[9, 'traffic']]],
        ['km', 'ឡានក្រុងមួយបានធ្លាក់ជ្រោះ ធ្វើឱ្យអ្នកដំណើរ ១០ នាក់ស្លាប់។', [[10, 'traffic']]],
        ['lo', 'ລົດເມຕົກເຫວ ເຮັດໃຫ້ຜູ້ໂດຍສານເສຍຊີວິດ 9 ຄົນ.', [[9, 'traffic']]],
        ['ta', 'பேருந்து பள்ளத்தாக்கில் கவிழ்ந்ததில் 10 பயணிகள் உயிரிழந்தனர்.', [[10, 'traffic']]],
        ['ko', '버스가 낭떠러지로 추락해 승객 10명이 숨졌다.', [[10, 'traffic']]],
        ['ko', '관광버스가 계곡으로 추락해 8명이 다쳤다.', [[8, 'traffic']]],
        ['ja', 'バスが崖から転落し、乗客10人が死亡した。', [[10, 'traffic']]],
      ],
      valueAndTopic,
    );
  });

  describe('a plane or a climber that falls is no crash of a vehicle on the road', () => {
    itReadsEach(
      [
        ['de', 'Ein Airbus stürzte ins Meer, 150 Menschen starben.', [[150, 'not traffic']]],
        ['nl', 'Een Airbus stortte neer; 120 mensen kwamen om.', [[120, 'not traffic']]],
        ['ko', '등산객이 계곡으로 추락해 1명이 다쳤다.', [[1, 'not traffic']]],
        ['ja', '登山者2人が崖から転落した。', [[2, 'not traffic']]],
        ['id', 'Rombongan pendaki jatuh ke jurang dan 2 orang tewas.', [[2, 'not traffic']]],
      ],
      crashOrNot,
    );
  });

  describe('illegal logging and mining are crimes, timber carried as contraband is smuggling', () => {
    itReadsEach(
      [
        [
          'it',
          'I carabinieri hanno arrestato 3 uomini per taglio illegale di alberi nella foresta.',
          [[3, 'crime']],
        ],
        ['ms', 'Polis menahan 3 lelaki kerana pembalakan haram.', [[3, 'crime']]],
        ['tr', 'Jandarma kaçak ağaç kesen 3 kişiyi yakaladı.', [[3, 'crime']]],
        ['lo', 'ເຈົ້າໜ້າທີ່ຈັບຜູ້ລັກລອບຕັດໄມ້ 4 ຄົນ.', [[4, 'crime']]],
        ['ja', '森林で違法伐採をしていた4人が逮捕された。', [[4, 'crime']]],
        ['th', 'เจ้าหน้าที่จับกุมผู้ลักลอบตัดไม้ในป่าสงวน 4 คน', [[4, 'crime']]],
        ['th', 'ตำรวจจับกุมผู้ลักลอบขุดแร่ทองคำ 7 คน', [[7, 'crime']]],
        // Goods carried or seized stay smuggling.
        ['th', 'เจ้าหน้าที่ยึดไม้เถื่อน 20 ท่อนจากรถบรรทุก', [[20, 'smuggling']]],
        ['lo', 'ເຈົ້າໜ້າທີ່ຈັບຜູ້ລັກລອບຂົນຢາສູບ 3 ຄົນ.', [[3, 'smuggling']]],
        [
          'it',
          'La guardia di finanza ha sequestrato 30 tonnellate di legname di contrabbando.',
          [[30000, 'smuggling']],
        ],
        ['tr', 'Jandarma 500 paket kaçak sigara ele geçirdi.', [[500, 'smuggling']]],
      ],
      valueAndTopic,
    );
  });

  describe('awards, contraband and disasters named in languages that lacked the cue', () => {
    itReadsEach(
      [
        ['el', 'Στην τελετή απονομής βραβεύτηκαν 10 ομάδες.', [[10, 'awards']]],
        ['lo', 'ໃນພິທີມອບລາງວັນ ມີ 10 ກຸ່ມໄດ້ຮັບລາງວັນ.', [[10, 'awards']]],
        ['ta', 'விருது வழங்கும் விழாவில் 15 குழுக்களுக்கு விருது வழங்கப்பட்டது.', [[15, 'awards']]],
        ['lo', 'ພາສີໄດ້ຍຶດຢາສູບເຖື່ອນ 500 ແກັດຢູ່ຊາຍແດນ.', [[500, 'smuggling']]],
        ['pl', 'Po osunięciu ziemi ratownicy uratowali 7 mieszkańców.', [[7, 'other']]],
        ['cs', 'V řece se utopili 2 chlapci.', [[2, 'other']]],
        // A crime word in el and ta still reads crime.
        ['el', 'Η αστυνομία συνέλαβε 3 άτομα για απάτη.', [[3, 'crime']]],
        ['ta', 'கொலை வழக்கில் 2 பேரை போலீசார் கைது செய்தனர்.', [[2, 'crime']]],
      ],
      valueAndTopic,
    );
  });
});
