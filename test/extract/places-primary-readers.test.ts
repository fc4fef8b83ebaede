/**
 * The primary province as a reader who knows the country reads it, in many languages and scripts (session 18,
 * invented for these rules, never sentences of the tuning or holdout sets): a Chinese wire's agency before its
 * dateline ("越通社河内——", "新华社河内5月3日电") and the agency's name, which reads as a commune; a headline listing
 * provinces before one force ("Nghe An, Thanh Hoa police"), which is no dateline; a storm named like a district
 * ("typhoon Son Tinh"); a province spelt as the Russian wires spell it (Каньхоа); adjectives between a type word
 * and its name ("provincia montană X", "ibu kota Hanoi"); a town or district heard in an Indic or Cyrillic
 * script that says its province without naming it. Beside them, cases each reader already got right: the
 * police of X acting on suspects from Y, foreign datelines, the 2025 merged names, localities named alone,
 * names without diacritics, national agencies.
 */
import { describe, expect, it } from 'vitest';
import { primaryOf } from '../support/primary-choice.js';

/** [language, what it tests, text, primary province]; the first list failed before session 18's rules. */
const NEW_READINGS: [string, string, string, string | null][] = [
  [
    'zh',
    'VNA Hanoi dateline, national figures only',
    '全国交通事故下降\n\n越通社河内——据公安部交通警察局消息，今年前十个月全国共发生交通事故1万起，同比下降5%。',
    null,
  ],
  [
    'zh',
    'VNA named as source, nothing placed',
    '越南打击走私\n\n据越通社报道，越南海关总局今年查处走私案件1200起。(越通社)',
    null,
  ],
  [
    'en',
    'title lists two provinces with a comma, body dateline of one',
    'Lai Chau, Dien Bien police seize heroin\nLai Chau (VNA) - Police of the northern province of Lai Chau arrested two men with 10 bricks of heroin on Monday. A day earlier, Dien Bien police caught a woman with 2 kg of methamphetamine.',
    'lai-chau',
  ],
  [
    'ru',
    'Каньхоа one word, kh as к',
    'Передача подозреваемых\nПолиция центральной провинции Каньхоа передала Китаю 15 подозреваемых в аэропорту Камрань.',
    'khanh-hoa',
  ],
  [
    'ro',
    'storm named like a district',
    'Furtuna Son Tinh a ucis 20 de oameni\nFurtuna tropicală Son Tinh a provocat inundații în provincia Yen Bai, unde 13 persoane au murit.',
    'yen-bai',
  ],
  [
    'en',
    'typhoon named like a district',
    'Typhoon Son Tinh kills 20\nTropical storm Son Tinh brought floods to Yen Bai province, where 13 people died.',
    'yen-bai',
  ],
  [
    'id',
    'dari ibu kota Hanoi menuju',
    'Bus terbalik\nBus malam dari ibu kota Hanoi menuju kota Da Nang terbalik di Provinsi Ha Tinh, 10 orang tewas.',
    'ha-tinh',
  ],
  ['bn', 'Bengali town locality', 'গাড়ি আটক\nকোয়াং ইয়েন শহরের পুলিশ একটি গাড়ি আটক করেছে।', 'quang-ninh'],
  [
    'hi',
    'Hindi town of a province, no province',
    'पुलिस ने गिरफ्तार किया\nक्वांग येन शहर की पुलिस ने दो लोगों को गिरफ्तार किया।',
    'quang-ninh',
  ],
  [
    'ru',
    'Russian district, no province',
    'Задержан наркокурьер\nПолиция уезда Кишон задержала мужчину с героином.',
    'nghe-an',
  ],
  [
    'en',
    'A and B police in title',
    'Lai Chau and Dien Bien police seize heroin\nLai Chau (VNA) - Police of the northern province of Lai Chau arrested two men with 10 bricks of heroin. Dien Bien police caught a woman with 2 kg of methamphetamine.',
    'lai-chau',
  ],
  [
    'de',
    'Taifun named like a place',
    'Taifun Son Tinh fordert Tote\nDer Taifun Son Tinh hat in der Provinz Yen Bai 13 Menschen getötet.',
    'yen-bai',
  ],
];

const KNOWN_READINGS: [string, string, string, string | null][] = [
  [
    'zh',
    'VNA Hanoi dateline, story in a province',
    '老街省查获海洛因\n\n越通社河内——老街省公安厅近日破获一起跨境贩毒案，缴获海洛因20块。嫌疑人在巴刹县被捕。',
    'lao-cai',
  ],
  [
    'zh',
    'Xinhua Hanoi dateline with date',
    '越南查获冰毒\n新华社河内5月3日电 越南公安部3日说，乂安省警方在边境查获冰毒300公斤。',
    'nghe-an',
  ],
  [
    'fr',
    'title lists two provinces',
    'Quang Tri, Quang Binh : saisie de drogue\nLa police de la province de Quang Tri a saisi 50 kg de méthamphétamine au poste frontière de Lao Bao. Deux suspects ont été arrêtés.',
    'quang-tri',
  ],
  [
    'en',
    'comma dateline with date still a dateline',
    'Police seize heroin\nLAI CHAU, March 3 (VNA) - Border guards arrested two men with 10 bricks of heroin on Monday in Phong Tho district.',
    'lai-chau',
  ],
  [
    'ko',
    'from Ho Chi Minh City (부터) to a province',
    '도박장 급습\n\n경찰 200여명이 호찌민시부터 동나이성까지 이동해 도박장을 급습했다. 동나이성 경찰은 50명을 검거했다.',
    'dong-nai',
  ],
  [
    'ja',
    'via a city (経由)',
    '大麻樹脂を押収\n\n公安省は、ダナン市の港からラオカイ省を経由して中国へ運ばれる予定のコンテナから大麻樹脂を発見した。ダナン市警察が捜査している。',
    'da-nang',
  ],
  [
    'ru',
    'Кханьхоа academic',
    'Авария автобуса\nВ провинции Кханьхоа автобус упал в пропасть, погибли 5 человек.',
    'khanh-hoa',
  ],
  [
    'uk',
    'Ukrainian declined Hanoi and a province',
    'Поліція затримала контрабандистів\nПоліція провінції Лангшон затримала двох чоловіків, які везли 300 кг вибухівки з Ханоя.',
    'lang-son',
  ],
  [
    'ru',
    'declined Дананге',
    'Пожар в Дананге\nВ Дананге сгорел склад, пострадавших нет. Полиция Дананга начала проверку.',
    'da-nang',
  ],
  [
    'en',
    'merged name post-2025',
    'Police bust gambling ring\nOn November 3, 2025, police of Tuy Hoa ward, Dak Lak province, raided a gambling den and detained 30 people.',
    'dak-lak',
  ],
  [
    'vi',
    'old province name in an old article',
    'Bắt giữ đối tượng trộm cắp\nNgày 3/4/2023, Công an tỉnh Phú Yên bắt giữ 2 đối tượng trộm cắp tài sản tại TP Tuy Hòa.',
    'phu-yen',
  ],
  [
    'de',
    'locality implies province',
    'Drogenring zerschlagen\nDie Polizei in Sa Pa hat einen Drogenring zerschlagen und drei Männer festgenommen.',
    'lao-cai',
  ],
  [
    'es',
    'locality only: Nha Trang',
    'Incendio en un hotel\nUn incendio en un hotel de Nha Trang dejó dos heridos, informó la policía local.',
    'khanh-hoa',
  ],
  [
    'en',
    'police of X, suspects from Y named more',
    'Drug ring busted\nQuang Binh police arrested three men from Ha Tinh with 5 kg of meth. The Ha Tinh men said they bought the drugs in Ha Tinh from a Lao dealer.',
    'quang-binh',
  ],
  [
    'es',
    'policía de X, sospechosos de Y',
    'Detenidos por tráfico\nLa policía de la provincia de Dien Bien detuvo a dos hombres, vecinos de Son La, con 3 kg de heroína. Los detenidos, de Son La, confesaron.',
    'dien-bien',
  ],
  [
    'ru',
    'полиция X, подозреваемые из Y',
    'Задержаны наркоторговцы\nПолиция провинции Лаокай задержала трёх жителей провинции Йенбай с 2 кг героина.',
    'lao-cai',
  ],
  [
    'en',
    'ministry only',
    'Traffic deaths fall\nThe Ministry of Public Security said traffic accidents fell 10% nationwide in the first half of the year, with 5,000 deaths.',
    null,
  ],
  [
    'en',
    'national agency, Hanoi dateline only',
    'Drug seizures rise\nHANOI (VNA) - The Ministry of Public Security said police nationwide seized 2 tonnes of drugs in 2024, up 20%.',
    null,
  ],
  [
    'pt',
    'national customs, province list late',
    'Contrabando de ouro cresce\nO Departamento Geral de Alfândegas informou que o contrabando de ouro cresceu em 2025. Os casos ocorreram nas fronteiras de An Giang, Tay Ninh e Quang Tri.',
    null,
  ],
  [
    'vi',
    'no diacritics Vietnamese',
    'Bat giu doi tuong\nCong an tinh Nghe An bat giu 2 doi tuong van chuyen ma tuy tai huyen Ky Son.',
    'nghe-an',
  ],
  ['th', 'Thai district name', 'รถบัสพลิกคว่ำ\nรถบัสพลิกคว่ำที่อำเภอซาปา จังหวัดหล่าวกาย มีผู้เสียชีวิต 2 ราย', 'lao-cai'],
  [
    'hi',
    'Hindi province',
    'बस दुर्घटना\nक्वांग नाम प्रांत में एक बस खाई में गिर गई, 5 लोगों की मौत हो गई।',
    'quang-nam',
  ],
  [
    'ar',
    'Arabic province',
    'حادث حافلة\nلقي خمسة أشخاص حتفهم عندما سقطت حافلة في وادٍ في مقاطعة لاو كاي.',
    'lao-cai',
  ],
  [
    'en',
    'headline province, body another province names the court',
    "Hanoi court jails Lao Cai traffickers\nThe Hanoi People's Court sentenced four men from Lao Cai to death for trafficking heroin.",
    'ha-noi',
  ],
  [
    'en',
    'Hanoi government metonym',
    'Storm kills nine\nThe Hanoi government said the storm killed nine people in Ninh Binh province and two in Thanh Hoa. Most died in Ninh Binh.',
    'ninh-binh',
  ],
  [
    'th',
    'expressway HCMC–Trung Luong unspaced',
    'รถบัสชนกัน\nบนทางด่วนสายโฮจิมินห์-จุงเลือง ในจังหวัดเตยนิญ รถบัส 2 คันชนกัน',
    'tay-ninh',
  ],
  [
    'en',
    'Hanoi-Hai Phong expressway unspaced',
    'Truck fire\nA truck caught fire on the Hanoi-Hai Phong expressway in Hung Yen province on Monday.',
    'hung-yen',
  ],
  [
    'ko',
    'Korean city Mong Cai, no province',
    '밀수 적발\n\n몽까이시 경찰이 밀수품 3톤을 압수했다.',
    'quang-ninh',
  ],
  [
    'vi',
    'bão named like a place',
    'Bão Sơn Tinh gây thiệt hại\nBão Sơn Tinh gây mưa lớn, tỉnh Yên Bái có 13 người chết.',
    'yen-bai',
  ],
  [
    'zh',
    'Xinhua Hanoi dateline, story in HCMC',
    '胡志明市破获诈骗案\n新华社河内3月5日电 胡志明市公安局5日说，警方逮捕了10名诈骗嫌疑人。',
    'ho-chi-minh',
  ],
];

describe('Places: the primary province as a reader of the country reads it', () => {
  it.each([...NEW_READINGS, ...KNOWN_READINGS])('%s: %s', (language, _what, body, primary) => {
    expect(primaryOf(body, language)).toBe(primary);
  });
});
