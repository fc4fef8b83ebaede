/**
 * Figure classes of session 29 (b29g), non-Latin scripts, on sentences written for the project (never an
 * article's text):
 * - Hebrew "נעדרים" (the missing) are persons counted, as "פצועים" (the injured) are; "קטנועים" (scooters) are
 *   vehicles, as "אופנועים" (motorbikes) are; "קמ\"ש" (km/h, split by its quote mark) is a speed, no count;
 * - the Chinese classifier "批" (batch, consignment) counts what it names, `other` by default, as 台/支/把 do;
 *   the numeral one before it stays "a batch" (no count);
 * - a Bengali headline or tally that writes the fate first ("নিহত ১২", twelve killed; lexicon fatesBefore)
 *   counts persons, as Thai, Serbian and Arabic ones do;
 * - Georgian, detected but read with no lexicon until session 29 (every count a bare `other`), has the basic
 *   words of counts (lexicons/ka/figures.json): persons in the singular after the numeral, kilograms, scales,
 *   fates after a bare number (and უკვალოდ, "without a trace", said of the missing), disasters as topic other;
 * - Telugu "మరొకరు" (one more person) counts one person, as the personal numerals ఇద్దరు, ముగ్గురు count theirs.
 */
import { describe } from 'vitest';
import { itReadsEach, valueAndUnit } from '../support/figure-cases.js';

type Case = [language: string, text: string, expected: [value: number, unit: string][]];

const CASES: Case[] = [
  // Hebrew: the missing, scooters
  ['he', 'במהלך הסערה דווח על 7 נעדרים באזור ההררי.', [[7, 'person']]],
  ['he', 'המשטרה החרימה ארבעה קטנועים גנובים במחסן.', [[4, 'vehicle']]],
  // Chinese: batches
  ['zh', '警方查获4批走私货物。', [[4, 'other']]],
  ['zh', '海關截獲了12批冷凍肉品。', [[12, 'other']]],
  // Bengali: the fate first
  ['bn', 'সড়ক দুর্ঘটনায় নিহত ৬', [[6, 'person']]],
  ['bn', 'পাহাড়ি ঢলে নিখোঁজ ৪, উদ্ধার অভিযান চলছে', [[4, 'person']]],
  // Georgian: persons, kilograms, fates, the missing
  [
    'ka',
    'პოლიციამ 5 ეჭვმიტანილი დააკავა და 12 კილოგრამი ჰეროინი ამოიღო.',
    [
      [5, 'person'],
      [12, 'kg'],
    ],
  ],
  [
    'ka',
    'ავარიის შედეგად სამი ადამიანი დაიღუპა, ხოლო 8 დაშავდა.',
    [
      [3, 'person'],
      [8, 'person'],
    ],
  ],
  ['ka', 'ქარიშხლის დროს 6 უკვალოდ დაიკარგა.', [[6, 'person']]],
  ['ka', 'წყალდიდობამ 20 ათასი სახლი დატბორა.', [[20000, 'other']]],
  // Telugu: one more person
  [
    'te',
    'రోడ్డు ప్రమాదంలో ఇద్దరు మరణించగా మరొకరు తీవ్రంగా గాయపడ్డారు.',
    [
      [2, 'person'],
      [1, 'person'],
    ],
  ],
];

const NOT_COUNTED: Case[] = [
  // a speed is no count
  ['he', 'הרוח נשבה במהירות של 150 קמ"ש לאורך החוף.', []],
  // "a batch": the numeral one before a classifier of things is no count
  ['zh', '警方查获一批毒品。', []],
  // a unit after the number is its own: the fate before it does not make persons of it
  ['bn', 'বন্যায় আহত ৩০টি গরু উদ্ধার করা হয়েছে', [[30, 'other']]],
  // Georgian: a year, an age and a share are no counts of persons
  ['ka', '2019 წლის მონაცემებით მოსახლეობა 15 პროცენტით გაიზარდა.', [[15, 'percent']]],
  ['ka', 'დაკავებულია 35 წლის მამაკაცი.', []],
];

describe('session 29 (b29g): the missing, scooters, batches, fates first, Georgian and Telugu counts', () => {
  itReadsEach(CASES, valueAndUnit, '%s counts: %s');

  itReadsEach(NOT_COUNTED, valueAndUnit, '%s reads no such count: %s');
});
