/**
 * Figure classes of session 34, on sentences written for this test:
 * - bn একটি / একটা / একজন are the indefinite article "a" (also "one"): an item of a list of counted things
 *   written with one counts 1 of its noun, and একজন, which holds the person classifier, counts a person even
 *   before a name of place ("… ও একজন হোয়া বিনহ্ প্রদেশের"); outside a list it counts nothing;
 * - bn a number word carrying its classifier right after a unit noun ("গাড়ি দু’টি", the two vehicles) counts
 *   that noun;
 * - it a fate said as a noun before a copula and a count ("i feriti erano almeno 12") counts persons;
 * - id/ms a number of passengers right after a vehicle noun ("mobil 4 penumpang") is the vehicle's size;
 * - it "N sui/sugli/sulle M" (N out of M) pairs the part with its whole, as "N su M" does;
 * - it/es/fr/pt a year before a quantifier ("Nel 2016 alcuni giornali locali …") counts no noun after it;
 * - ru/pl a count right after the word of a year written after its year ("в 2019 году 11 человек") is no
 *   name of that word, even when it could be a day; a year after the year word ("w roku 2019") still is;
 * - ar/bn/ur an alley's number in an address ("في الزقاق 17", "গলি ৮") is a name, no count.
 */
import { describe } from 'vitest';
import { itReadsEach, valueAndUnit } from '../support/figure-cases.js';

const CASES: Array<[string, string, Array<[number, string]>]> = [
  [
    'bn',
    'তল্লাশিতে পুলিশ ৫ কেজি হেরোইন, একটি মোটরসাইকেল এবং দুটি ব্যাগ জব্দ করেছে।',
    [
      [5, 'kg'],
      [1, 'vehicle'],
      [2, 'other'],
    ],
  ],
  [
    'bn',
    'আহত সাত জনের মধ্যে তিন জন শহরের, তিন জন গ্রামের ও একজন লাও কাই প্রদেশের বাসিন্দা।',
    [
      [7, 'person'],
      [3, 'person'],
      [3, 'person'],
      [1, 'person'],
    ],
  ],
  ['bn', 'একজন মুখপাত্র সাংবাদিকদের একথা জানিয়েছেন।', []],
  ['bn', 'সংঘর্ষের পর ট্রাক দুটি রাস্তার পাশে উল্টে যায়।', [[2, 'vehicle']]],
  ['it', 'Secondo il comune, i feriti erano almeno 14 dopo il crollo.', [[14, 'person']]],
  ['it', 'Nella notte i morti sono stati 6.', [[6, 'person']]],
  ['id', 'Sebuah mobil 7 penumpang menabrak pembatas jalan.', []],
  ['id', 'Minibus itu mengangkut 9 penumpang saat kecelakaan.', [[9, 'person']]],
  ['ms', 'Sebuah van 10 penumpang terbabas di lebuh raya.', []],
  [
    'it',
    'Sono stati fermati 12 sui 30 sospettati.',
    [
      [12, 'person'],
      [30, 'person'],
    ],
  ],
  ['it', 'Nel 2016 alcuni giornali locali avevano pubblicato delle stime.', []],
  ['es', 'En 2016 algunos diarios locales publicaron estimaciones.', []],
  ['ru', 'В 2019 году 11 человек пострадали при обрушении моста.', [[11, 'person']]],
  ['pl', 'W 2019 roku 11 osób zostało rannych w wypadku.', [[11, 'person']]],
  ['pl', 'W roku 2019 rannych zostało 11 osób.', [[11, 'person']]],
  ['ar', 'شب حريق في منزل يقع في الزقاق 17 بشارع المدينة.', []],
  ['ar', 'نقل المسعفون 4 مصابين من الممر 63 إلى المستشفى.', [[4, 'person']]],
  ['bn', 'আগুন লাগে শহরের গলি ৮ এর একটি বাড়িতে।', []],
  ['ur', 'آگ گلی 12 کے ایک مکان میں لگی۔', []],
];

describe('Function: extractFigures (fig34 classes)', () => {
  itReadsEach(CASES, valueAndUnit);
});
