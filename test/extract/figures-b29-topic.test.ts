/**
 * Topic classes of session 29 (b29t), on sentences written for the project (never an article's text):
 * - an online word written right beside an offence ("线上赌博", "cờ bạc trực tuyến", "인터넷 도박") names
 *   where the offence was done: the case is the offence's (crime), not a cyber crime, and so is an online
 *   word elsewhere in a crime story's paragraph that names its offence; a fraud told online stays cyber;
 * - Telugu road words (bus, lorry, van, collided) and its accident word ప్రమాదం: a crash's dead are
 *   traffic's, a flood's stay the disaster's;
 * - a Japanese noun marked by を before its floating count ("犯罪を12件摘発", detected 12 crimes) is the
 *   counted noun, as one glued right to the count is, whatever the article's subject;
 * - Slovak rescuers ("záchranári") are a unit at work, not a fire: in a flood's story they search for its
 *   missing, in a fire's for the fire's.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

type Case = [language: string, text: string, figure: string, topic: string];

function topicOf(language: string, text: string, figure: string): string | undefined {
  return extractFigures(documentOf(text, language), []).find((f) => f.text === figure)?.topic;
}

const ONLINE_OFFENCE: Case[] = [
  ['zh', '警方破获一个线上赌博团伙，逮捕了45名嫌犯。', '45名嫌犯', 'crime'],
  ['vi', 'Công an triệt phá đường dây cờ bạc trực tuyến, bắt giữ 12 đối tượng.', '12 đối tượng', 'crime'],
  ['ko', '경찰은 인터넷 도박 조직을 적발해 30명을 검거했다.', '30명', 'crime'],
  // In the gambling ring's story an online word earlier in the paragraph says where it took bets: the
  // phones seized are the ring's.
  [
    'zh',
    '警方破获一个线上赌博团伙，逮捕了45名嫌犯。嫌犯通过网络组织投注。警方没收了300部手机。',
    '300部',
    'crime',
  ],
  // Negative: a fraud done online is a cyber crime.
  ['vi', 'Công an bắt 8 đối tượng lừa đảo trực tuyến.', '8 đối tượng', 'cyber'],
];

const TELUGU_ROADS: Case[] = [
  ['te', 'జాతీయ రహదారిపై బస్సు లారీని ఢీకొట్టడంతో 9 మంది మరణించారు.', '9 మంది', 'traffic'],
  ['te', 'ఘోర ప్రమాదం జరిగింది. ఈ ప్రమాదంలో 6 మంది మరణించారు.', '6 మంది', 'traffic'],
  // Negative: the dead of a flood are the disaster's.
  ['te', 'భారీ వరదల్లో 7 మంది మరణించారు.', '7 మంది', 'other'],
];

const SLOVAK_RESCUERS: Case[] = [
  [
    'sk',
    'Povodne zasiahli sever krajiny. Záchranári stále hľadajú 12 nezvestných.',
    '12 nezvestných',
    'other',
  ],
  // Negative: in a fire's story the rescuers are the fire's.
  ['sk', 'Požiar zničil sklad. Záchranári evakuovali 40 zamestnancov.', '40 zamestnancov', 'fire'],
];

const FLOATING_COUNT: Case[] = [
  [
    'ja',
    '交通安全委員会によると、交通事故は120件だった。警察は水上での犯罪を12件摘発した。',
    '12件',
    'crime',
  ],
  ['ja', '警察によると、交通事故は80件だった。また、麻薬を3キロ押収した。', '3キロ', 'drugs'],
  // Negative: a road offence so marked stays the road's.
  ['ja', '交通安全委員会によると、交通事故は120件だった。警察は飲酒運転を12件摘発した。', '12件', 'traffic'],
];

describe('session 29 (b29t): topic classes', () => {
  it.each(FLOATING_COUNT)(
    'noun marked before a floating count, %s: %s → %s %s',
    (language, text, figure, topic) => {
      expect(topicOf(language, text, figure)).toBe(topic);
    },
  );
  it.each(ONLINE_OFFENCE)(
    'online word beside an offence, %s: %s → %s %s',
    (language, text, figure, topic) => {
      expect(topicOf(language, text, figure)).toBe(topic);
    },
  );
  it.each(TELUGU_ROADS)('Telugu road and accident words, %s: %s → %s %s', (language, text, figure, topic) => {
    expect(topicOf(language, text, figure)).toBe(topic);
  });
  it.each(SLOVAK_RESCUERS)('Slovak rescuers, %s: %s → %s %s', (language, text, figure, topic) => {
    expect(topicOf(language, text, figure)).toBe(topic);
  });
});
