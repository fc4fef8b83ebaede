/**
 * Topic classes of session 25, on sentences written for the project (never an article's text):
 * - people counted in a clause that tells another mishap than the article's subject (a sinking recalled in a
 *   bus crash's story, a house fire in a drug case's) are that mishap's, not the article's case's; a road
 *   word that names no accident ("a former traffic officer and four others") tells no mishap;
 * - a crime word of police work glued before a count of seized vehicles or papers in unspaced text
 *   ("拘留12辆汽车", detained 12 cars) is the verb that took them, not their counted noun: the article decides;
 * - in the story of goods (arms, fireworks) an online word beside them says where they were traded: places
 *   and rings counted there are the goods', not a cyber crime's;
 * - things (goods, vehicles) counted beside the people who had them are the article's subject's, not a count
 *   of the population.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

type Case = [language: string, text: string, figure: string, topic: string];

const BUS_THEN_BOAT =
  'Sebuah bus terguling di jalan raya dan melukai 9 penumpang.\n\nBulan lalu, kecelakaan kapal di sungai menewaskan 14 orang.';

const MISHAPS: Case[] = [
  ['id', BUS_THEN_BOAT, '14 orang', 'other'],
  ['id', BUS_THEN_BOAT, '9 penumpang', 'traffic'],
  [
    'id',
    'Polisi menyita 5 kg heroin dari jaringan narkoba.\n\nPekan lalu, kebakaran di pasar menewaskan 4 orang.',
    '4 orang',
    'fire',
  ],
  [
    'en',
    'Police seized 5 kg of heroin from a drug ring.\n\nLast week a house fire in the village killed 4 people.',
    '4 people',
    'fire',
  ],
  [
    'vi',
    'Công an thu giữ 5 kg ma túy của một đường dây.\n\nTuần trước, vụ cháy nhà ở xã làm 4 người tử vong.',
    '4 người',
    'fire',
  ],
  [
    'ru',
    'Полиция изъяла 5 кг героина у наркоторговцев.\n\nНа прошлой неделе пожар в жилом доме унёс жизни 4 человек.',
    '4 человек',
    'fire',
  ],
  // A road word that names no accident tells no mishap: the ring's people stay the case's.
  [
    'en',
    'Police seized 5 kg of heroin from a drug ring led by a former traffic officer and four others.',
    'four',
    'drugs',
  ],
];

const GLUED_VERBS: Case[] = [
  ['zh', '警方破获一起贩毒案,缴获海洛因2公斤,拘留12辆汽车。', '12辆汽车', 'drugs'],
  ['zh', '交通警察查处超速行为,拘留35辆摩托车和8个驾驶证。', '35辆摩托车', 'traffic'],
  // Persons are not goods: a crime word before them is not passed over.
  ['zh', '警方破获一起贩毒案,拘留3名嫌疑人。', '3名嫌疑人', 'drugs'],
];

const ONLINE_GOODS: Case[] = [
  [
    'en',
    'Police broke up two rings that sold weapons on the internet in 12 provinces and seized 40 guns.',
    '12 provinces',
    'weapons',
  ],
  [
    'vi',
    'Công an triệt phá đường dây mua bán pháo nổ qua mạng xã hội tại 5 tỉnh, thu giữ 300 kg pháo.',
    '5 tỉnh',
    'fireworks',
  ],
  [
    'de',
    'Die Polizei zerschlug zwei Banden, die über das Internet in 12 Provinzen Waffen verkauften, und stellte 40 Pistolen sicher.',
    'zwei Banden',
    'weapons',
  ],
];

const THINGS_OF_PEOPLE: Case[] = [
  ['en', 'A fishing boat sank at sea; 4 residents escaped onto 2 rafts.', '2 rafts', 'other'],
  ['en', 'Police seized 3 kg of heroin; the 2 workers had hidden it in 5 boxes.', '5', 'drugs'],
  [
    'es',
    'La policía incautó 3 kg de heroína; los 2 trabajadores la habían escondido en 5 cajas.',
    '5',
    'drugs',
  ],
  ['ru', 'Полиция изъяла 3 кг героина; 2 рабочих спрятали его в 5 коробках.', '5', 'drugs'],
  ['vi', 'Công an thu giữ 3 kg ma túy; 2 công nhân đã giấu trong 5 thùng.', '5 thùng', 'drugs'],
  // The people themselves are still counted as they were.
  ['en', 'A fishing boat sank at sea; 4 residents escaped onto 2 rafts.', '4 residents', 'other'],
];

function topicOf(language: string, text: string, figure: string): string | undefined {
  return extractFigures(documentOf(text, language), []).find((f) => f.text === figure)?.topic;
}

describe('session 25: people of another mishap than the article’s', () => {
  it.each(MISHAPS)('%s: %s → %s %s', (language, text, figure, topic) => {
    expect(topicOf(language, text, figure)).toBe(topic);
  });
});

describe('session 25: a police verb glued before seized goods', () => {
  it.each(GLUED_VERBS)('%s: %s → %s %s', (language, text, figure, topic) => {
    expect(topicOf(language, text, figure)).toBe(topic);
  });
});

describe('session 25: goods traded online are the goods’ story', () => {
  it.each(ONLINE_GOODS)('%s: %s → %s %s', (language, text, figure, topic) => {
    expect(topicOf(language, text, figure)).toBe(topic);
  });
});

describe('session 25: things counted beside the people who had them', () => {
  it.each(THINGS_OF_PEOPLE)('%s: %s → %s %s', (language, text, figure, topic) => {
    expect(topicOf(language, text, figure)).toBe(topic);
  });
});
