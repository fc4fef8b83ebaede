/**
 * Which event decides when an article names two kinds (session 31): a mine's collapse or its gas explosion is
 * a mining disaster (other), not a road accident nor a fire (FiguresLexiconSchema.mines); a boat that
 * overturns is a disaster at sea, and a bus a landslide buried is the landslide's (Greek: an overturning and a
 * collision are accident words, a bus is no road event); ivory and wildlife are smuggled goods. Short texts
 * written for the purpose; the negative cases keep a road crash, a house fire and a crime.
 */
import { describe, it } from 'vitest';
import { checkTopics as check, type TopicCase as Case } from '../support/topic-case.js';

describe('Topic: an accident or a fire in a mine is a mining disaster (other)', () => {
  it.each<Case>([
    [
      'en',
      'Gas blast in northern coal mine\nA gas explosion tore through the coal mine on Monday; 6 miners died and 9 were hurt.',
      [
        [6, 'other'],
        [9, 'other'],
      ],
    ],
    [
      'id',
      'Ledakan di tambang\nKecelakaan di tambang batu bara itu menewaskan 4 pekerja dan melukai 7 lainnya.',
      [
        [4, 'other'],
        [7, 'other'],
      ],
    ],
    [
      'vi',
      'Sập hầm lò\nVụ tai nạn tại mỏ than khiến 3 thợ mỏ tử vong và 5 người bị thương.',
      [
        [3, 'other'],
        [5, 'other'],
      ],
    ],
    [
      'el',
      'Τραγωδία σε ορυχείο\nΤο δυστύχημα στο ορυχείο άνθρακα άφησε 4 νεκρούς και 8 τραυματίες.',
      [
        [4, 'other'],
        [8, 'other'],
      ],
    ],
    [
      'de',
      'Unglück im Bergwerk\nBei dem Unfall im Bergwerk starben 5 Bergleute, 11 wurden verletzt.',
      [
        [5, 'other'],
        [11, 'other'],
      ],
    ],
  ])('%s: %s', (...c) => check(c));
});

describe('Topic: with no mine named, a road accident and a house fire keep their topics', () => {
  it.each<Case>([
    [
      'en',
      'Truck crash on the highway\nThe truck crashed into a car on the highway; 3 people died in the accident.',
      [[3, 'traffic']],
    ],
    ['id', 'Kebakaran rumah\nKebakaran menghanguskan rumah warga, 2 orang tewas terbakar.', [[2, 'fire']]],
    ['vi', 'Cháy nhà dân\nVụ cháy nhà trong đêm khiến 2 người tử vong.', [[2, 'fire']]],
  ])('%s: %s', (...c) => check(c));
});

describe('Topic: a boat that overturns is a disaster at sea, a bus a landslide buried the landslide’s (el)', () => {
  it.each<Case>([
    [
      'el',
      'Ναυάγιο στον κόλπο\nΤο αλιευτικό σκάφος ανατράπηκε από τους ισχυρούς ανέμους και η ακτοφυλακή διέσωσε 7 ψαράδες.',
      [[7, 'other']],
    ],
    [
      'el',
      'Κατολίσθηση στο ορεινό πέρασμα\nΗ κατολίσθηση καταπλάκωσε το λεωφορείο και σκότωσε 5 επιβάτες.',
      [[5, 'other']],
    ],
    // An overturning on the road is still a road accident.
    [
      'el',
      'Τροχαίο στην εθνική οδό\nΤο φορτηγό ανατράπηκε στην εθνική οδό και 2 οδηγοί τραυματίστηκαν.',
      [[2, 'traffic']],
    ],
  ])('%s: %s', (...c) => check(c));
});

describe('Topic: ivory and wildlife are smuggled goods', () => {
  it.each<Case>([
    [
      'bg',
      'Задържаха слонова кост на границата\nМитниците откриха 80 кг слонова кост в товар от Африка.',
      [[80, 'smuggling']],
    ],
    [
      'el',
      'Κατάσχεση ελεφαντόδοντου στο λιμάνι\nΟι τελωνειακοί βρήκαν 120 κιλά ελεφαντόδοντο σε κοντέινερ.',
      [[120, 'smuggling']],
    ],
    [
      'uk',
      'Митники знайшли слонову кістку\nУ контейнері виявили 60 кг слонової кістки з Африки.',
      [[60, 'smuggling']],
    ],
    // Elephants counted in a park are no goods: no cue, the article's crime default stays.
    ['bg', 'Полицията задържа 3 души за кражба в зоопарка.', [[3, 'crime']]],
  ])('%s: %s', (...c) => check(c));
});

describe('Topic: a crash and the fire it caused are the crash’s (traffic)', () => {
  it.each<Case>([
    [
      'th',
      'รถบรรทุกชนรถบัสกลางดึก ไฟไหม้ทั้งคัน\nเกิดอุบัติเหตุรถบรรทุกชนกับรถบัส ทำให้ไฟไหม้รถทั้งสองคัน มีผู้เสียชีวิต 9 คน',
      [[9, 'traffic']],
    ],
    [
      'en',
      'Bus burns after crash\nA truck crashed into the bus, which caught fire; the accident killed 7 passengers and the fire gutted both vehicles.',
      [[7, 'traffic']],
    ],
    // A house fire the news calls an accident stays a fire: no crash is named.
    [
      'en',
      'House fire in the night\nA fire broke out in a house; the accident killed 3 people, and the fire brigade put out the flames.',
      [[3, 'fire']],
    ],
  ])('%s: %s', (...c) => check(c));
});

describe('Topic: spots a raid searched are the case’s, as seized goods are', () => {
  it.each<Case>([
    [
      'ko',
      '인터넷 사기 조직 적발\n경찰은 온라인 사기 조직의 거점 5곳을 급습해 중국인 30명을 체포했다.',
      [
        [5, 'cyber'],
        [30, 'cyber'],
      ],
    ],
  ])('%s: %s', (...c) => check(c));
});

describe('Topic: counterfeit money is an offence (crime), a shell is ammunition', () => {
  it.each<Case>([
    ['ko', '위조지폐 일당 검거\n피의자는 온라인으로 가짜 화폐 4000만 동을 사들였다.', [[40000000, 'crime']]],
    ['ko', '경찰은 창고에서 6 개의 포탄을 압수했다.', [[6, 'weapons']]],
    // A name written with the same syllables ("포탄구", a ward) is no shell.
    ['ko', '마약 사건: 포탄구 해안에서 마약 봉지 4개를 발견했다.', [[4, 'drugs']]],
    ['id', 'Polisi menyita uang palsu senilai Rp 20 juta dari 2 tersangka.', [[2, 'crime']]],
  ])('%s: %s', (...c) => check(c));
});

describe('Topic: Thai news spread online, and an outlet named online, name no cyber crime', () => {
  it.each<Case>([
    ['th', 'น้ำท่วมหนักในภาคกลาง\nภาพที่เผยแพร่ในโลกออนไลน์แสดงให้เห็นน้ำท่วมบ้านเรือน มีผู้เสียชีวิต 6 คน', [[6, 'other']]],
    // A scam told online is still cyber.
    ['th', 'ตำรวจจับแก๊งหลอกลวงออนไลน์ ผู้ต้องหา 8 คน', [[8, 'cyber']]],
  ])('%s: %s', (...c) => check(c));
});
