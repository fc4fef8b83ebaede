/**
 * Session 51, topics (tp51). Each class on sentences written for this suite, not copied from any article:
 * - Urdu, Hindi and Persian scams: fraud, the channels of a fraud at a distance (phone calls, bank accounts,
 *   transfers) and impersonation, read together as in the other languages (lexicon `fraud`, `channels`,
 *   `impersonation`; topic.ts byNetwork): a fraud told with its means is cyber, one told without is crime, and
 *   a word that only starts like a channel (a name beginning with the letters of "phone") is none;
 * - an item of a list of offenders takes the subject of its own words, not an earlier item's: smugglers after
 *   a drug item carried no drugs, and offenders named by a crime word with no subject of their own, after
 *   items that named theirs, are crime (topic.ts itemStart, listedOffender);
 * - offenders counted in a paragraph that never names the article's subject, after an offence it names, are
 *   the offence's (crime); an offence named after them may be another person's, and leaves them the article's;
 * - Spanish shipowners (armadores) are no arms: a weapon cue written as the start of a word (arma*) does not
 *   read the words it only starts (lexicon notCues).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { makeDocument } from '../../lambdas/extract/index.js';

function topicOf(language: string, text: string, value: number): string | undefined {
  return extractFigures(makeDocument(text, language), []).find((f) => f.value === value)?.topic;
}

type Case = [language: string, text: string, value: number, topic: string];

describe('Function: extractFigures (scams in Urdu, Hindi and Persian)', () => {
  const CASES: Case[] = [
    ['ur', 'ملزمان نے پولیس افسر کا روپ دھار کر فون کالز کیں اور 25 افراد سے دھوکہ دہی کی۔', 25, 'cyber'],
    ['ur', 'فراڈ گروہ نے فون پر 30 افراد کو دھوکہ دیا۔', 30, 'cyber'],
    ['ur', 'پولیس نے زمین کی فروخت میں دھوکہ دہی کے 6 ملزمان کو گرفتار کیا۔', 6, 'crime'],
    ['ur', 'پولیس نے فونگ نامی شخص سمیت 4 ملزمان کو دھوکہ دہی کے الزام میں گرفتار کیا۔', 4, 'crime'],
    ['hi', 'ठगों ने फोन कॉल कर 18 लोगों से धोखाधड़ी की।', 18, 'cyber'],
    ['hi', 'पुलिस ने जमीन धोखाधड़ी के 5 आरोपियों को गिरफ्तार किया।', 5, 'crime'],
    ['fa', 'کلاهبرداران با تماس تلفنی از 14 نفر کلاهبرداری کردند.', 14, 'cyber'],
    ['fa', 'پلیس 3 نفر را به اتهام کلاهبرداری در فروش زمین دستگیر کرد.', 3, 'crime'],
  ];
  it.each(CASES)('%s: %s → %i is %s', (language, text, value, topic) => {
    // Act
    const read = topicOf(language, text, value);
    // Assess
    expect(read).toBe(topic);
  });
});

describe('Function: extractFigures (items of a list of offenders)', () => {
  const REVIEW_UR =
    'اس سال صوبائی پولیس نے 40 منشیات کے مجرموں کو گرفتار کیا، 25 اسمگلنگ کے مجرموں، اور 12 جنگلات کے مجرموں کو پکڑا۔';
  const REVIEW_EN =
    'This year the provincial police arrested 40 drug criminals, 25 economic criminals and 12 environmental criminals.';
  const CASES: Case[] = [
    ['ur', REVIEW_UR, 40, 'drugs'],
    ['ur', REVIEW_UR, 25, 'smuggling'],
    ['ur', REVIEW_UR, 12, 'crime'],
    ['en', REVIEW_EN, 40, 'drugs'],
    ['en', REVIEW_EN, 25, 'crime'],
    ['en', REVIEW_EN, 12, 'crime'],
  ];
  it.each(CASES)('%s: %s → %i is %s', (language, text, value, topic) => {
    // Act
    const read = topicOf(language, text, value);
    // Assess
    expect(read).toBe(topic);
  });
});

describe('Function: extractFigures (offenders of a paragraph that tells another offence)', () => {
  const FISHING =
    'Combaten la pesca ilegal, no declarada y no reglamentada (INDNR) en la provincia.\n' +
    'Las autoridades sancionaron 120 casos de buques pesqueros sin VMS.\n' +
    'Además, se descubrieron varios casos de inmigración ilegal. Los tribunales condenaron a 14 personas a prisión.';
  const HEROIN = 'Police step up the fight against heroin trafficking in the border district.\n';
  const CASES: Case[] = [
    ['es', FISHING, 120, 'administration'],
    ['es', FISHING, 14, 'crime'],
    [
      'en',
      `${HEROIN}Officers seized 12 kg of heroin.\nIn a separate case of robbery at a market, officers detained 3 men.`,
      3,
      'crime',
    ],
    [
      'en',
      `${HEROIN}Officers seized 12 kg of heroin.\nThree other members of the ring were sentenced to prison, while a policeman received 15 years for taking bribes.`,
      3,
      'drugs',
    ],
  ];
  it.each(CASES)('%s: %s → %i is %s', (language, text, value, topic) => {
    // Act
    const read = topicOf(language, text, value);
    // Assess
    expect(read).toBe(topic);
  });
});

describe('Function: extractFigures (a weapon cue inside another Spanish word)', () => {
  const TEXT =
    'Combaten la pesca ilegal en la provincia.\nLas autoridades multaron a 80 armadores de buques pesqueros y decomisaron 5 armas de fuego.';
  const CASES: Case[] = [
    ['es', TEXT, 80, 'administration'],
    ['es', TEXT, 5, 'weapons'],
  ];
  it.each(CASES)('%s: %s → %i is %s', (language, text, value, topic) => {
    // Act
    const read = topicOf(language, text, value);
    // Assess
    expect(read).toBe(topic);
  });
});
