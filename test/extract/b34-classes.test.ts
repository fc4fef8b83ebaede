/**
 * Classes of batch 34's tuning additions (b34), on sentences written for the project (never an article's text):
 * - the number of a highway is its name: el "αυτοκινητόδρομο 12" (motorway 12), as "εθνική οδό" already was;
 * - el "ένα/ένας/μία" is the indefinite article and "one": after a verb of killing or wounding ("να
 *   τραυματιστεί ένα άτομο"), after a cue of a minimum, or before a fate ("ένα άτομο έχασε τη ζωή του") it
 *   counts one person; elsewhere ("Ένας άνδρας συνελήφθη", a man was arrested) nothing;
 * - an hour is no count: ur "6 بج کر 20 منٹ", hi "6 बजकर 20 मिनट" (twenty past six), bn "৯টার দিকে" (at
 *   about nine);
 * - the seats of a vehicle tell what it is, not how many: ur "4 سیٹ والی گاڑی", hi "7 सीट वाली कार";
 * - bn vehicles named in two words: "কমান্ড যান" (command vehicles), "ফায়ার ট্রাক" (fire trucks), with the
 *   words of firefighting as cues of a fire ("অগ্নিনির্বাপণ", "অগ্নি প্রতিরোধ");
 * - an honorific between an office and the name it introduces (hi "सचिव श्री X", bn "পরিচালক জনাব X"): the
 *   office vouches for the name; the honorific alone still does not.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lambdas/extract/index.js';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

type Case = [language: string, text: string, expected: [value: number, unit: string][]];

const read = (language: string, text: string) =>
  extractFigures(documentOf(text, language), []).map((f) => [f.value, f.unit]);

const CASES: Case[] = [
  // A highway's number
  ['el', 'Στον αυτοκινητόδρομο 12 σκοτώθηκαν 3 άνθρωποι.', [[3, 'person']]],
  // The Greek "one"
  ['el', 'Στο τροχαίο, με αποτέλεσμα να τραυματιστεί ένα άτομο.', [[1, 'person']]],
  ['el', 'Ένα άτομο έχασε τη ζωή του στη φωτιά.', [[1, 'person']]],
  ['el', 'Τουλάχιστον ένα άτομο τραυματίστηκε.', [[1, 'person']]],
  // Negative: an arrest of "a man" counts nothing
  ['el', 'Ένας άνδρας συνελήφθη για κλοπή.', []],
  // An hour
  ['ur', 'آگ شام 6 بج کر 20 منٹ پر لگی اور 3 افراد زخمی ہوئے۔', [[3, 'person']]],
  ['hi', 'आग शाम 6 बजकर 20 मिनट पर लगी और 3 लोग घायल हुए।', [[3, 'person']]],
  ['bn', 'রাত ৯টার দিকে আগুন লাগে এবং ৩ জন আহত হন।', [[3, 'person']]],
  // Seats
  ['ur', 'رات کو ایک 4 سیٹ والی گاڑی میں آگ لگ گئی۔', []],
  ['hi', 'एक 7 सीट वाली कार में आग लग गई।', []],
  // Bengali vehicles in two words
  ['bn', 'পুলিশ ৩টি কমান্ড যান পাঠায়।', [[3, 'vehicle']]],
  ['bn', 'অগ্নি প্রতিরোধ দল ৫টি ফায়ার ট্রাক পাঠায়।', [[5, 'vehicle']]],
];

describe('Function: extractFigures (batch 34 classes)', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    // Act
    const got = read(language, text);

    // Assess
    expect(got).toEqual(expected);
  });

  it('reads the vehicles a firefighting unit sent as the fire’s', () => {
    // Act
    const topics = extractFigures(
      documentOf('অগ্নিনির্বাপণ বাহিনী ঘটনাস্থলে ৩টি কমান্ড যান পাঠায়।', 'bn'),
      [],
    ).map((f) => f.topic);

    // Assess
    expect(topics).toEqual(['fire']);
  });
});

function people(text: string): [name: string, role: string | null][] {
  const result = extractArticle(Buffer.from(text, 'utf8'));
  return result.ok ? result.article.people.map((p) => [p.name, p.role ?? null]) : [];
}

describe('Function: extractArticle (an honorific between an office and its holder)', () => {
  it.each([
    [
      'वियतनाम के हा नाम प्रांत में आग लगी। फु ली कस्बे की पार्टी समिति के सचिव श्री ट्रान वान लोंग ने बताया कि आग में कोई घायल नहीं हुआ।',
      [['ट्रान वान लोंग', 'सचिव']],
    ],
    [
      'ভিয়েতনামের হা নাম প্রদেশে আগুন লাগে। জেলা পুলিশের পরিচালক জনাব ত্রান ভান লং বলেন যে কেউ আহত হয়নি।',
      [['ত্রান ভান লং', 'পরিচালক']],
    ],
    // Negative: the honorific alone names no official
    ['वियतनाम के हा नाम प्रांत में आग लगी। पुलिस ने श्री ट्रान वान लोंग को गिरफ्तार किया।', []],
  ] as const)('%s', (text, expected) => {
    // Act
    const got = people(text);

    // Assess
    expect(got).toEqual(expected);
  });
});
