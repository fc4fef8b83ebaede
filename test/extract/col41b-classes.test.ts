/**
 * Classes of batch 41b (col41b: ja ko th ur), on sentences written for this test:
 * - ur counted nouns: working groups and teams sent out ("ورکنگ گروپس", "ٹیمیں") are teams, as tổ công tác and
 *   作業グループ are; "معاملات" (matters, cases) counts cases (lexicon `units`);
 * - km: កន្លែង (place) is a classifier (lexicon `counterDefaults`, as th แห่ง is): "N កន្លែង" counts what the noun
 *   before it names, a restaurant, shop, factory, workshop or warehouse being things counted (other), and
 *   sites (point) when no noun names another; in a script without spaces, one and a classifier count the noun
 *   heading the words before them, up to two modifiers after it (figures/segmented.ts), as digits do;
 * - km fire is written with the short or the long i (អគ្គិភ័យ, អគ្គីភ័យ): both spellings are fire cues;
 * - ur road checks: an alcohol or drug reading taken from drivers ("الکحل کی حراستی", the translators' word for
 *   nồng độ; "الکحل کی مقدار"; "منشیات کا ارتکاز") is a traffic cue, as en "alcohol concentration" and vi "nồng
 *   độ cồn" are, and the drug word inside it names no drug case (lexicon `topics`).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';
import { itReadsEach, valueAndUnit } from '../support/figure-cases.js';

const FIGURES: Array<[string, string, Array<[number, string]>]> = [
  ['ur', 'صوبائی پولیس نے 6 ورکنگ گروپس تشکیل دیے۔', [[6, 'team']]],
  ['ur', 'فائر پولیس نے 3 ٹیمیں موقع پر بھیجیں۔', [[3, 'team']]],
  ['ur', 'ایک ہفتے میں پولیس نے 250 معاملات نمٹائے۔', [[250, 'case']]],
  // km កន្លែង is the classifier of places: it counts the place or establishment the noun before it names (a
  // restaurant, a factory: other), and sites when none is named; a spelled "one" with it is a count too.
  ['km', 'ប៉ូលីសបានបិទហាងមួយកន្លែង។', [[1, 'other']]],
  ['km', 'ភ្លើងបានឆេះរោងចក្រ២កន្លែង។', [[2, 'other']]],
  ['km', 'កម្លាំងសមត្ថកិច្ចបានឆែកឆេរ៤កន្លែង។', [[4, 'point']]],
  ['km', 'ប៉ូលីសបានរកឃើញទីតាំងចំនួន៦កន្លែង។', [[6, 'point']]],
  // One and the classifier count the noun heading the words before them, its modifiers between (segmented.ts).
  ['km', 'ប៉ូលីសបានបិទភោជនីយដ្ឋានត្រីមួយកន្លែង។', [[1, 'other']]],
  ['km', 'ភ្លើងបានឆេះហាងកាហ្វេមួយកន្លែងនៅភូមិនោះ។', [[1, 'other']]],
  ['km', 'គាត់បានទិញរថយន្តដឹកទំនិញមួយគ្រឿង។', [[1, 'vehicle']]],
];

describe('Function: extractFigures (col41b classes)', () => {
  itReadsEach(FIGURES, valueAndUnit);
});

const TOPICS: Array<[string, string, string, string]> = [
  [
    'ur',
    'الکحل اور منشیات کے ارتکاز کی جانچ کے دوران پولیس نے 900 خلاف ورزیوں کو ریکارڈ کیا۔',
    '900 خلاف ورزیوں',
    'traffic',
  ],
  ['ur', 'چوکی پر 320 ڈرائیوروں میں الکحل کی حراستی پائی گئی۔', '320 ڈرائیوروں', 'traffic'],
  [
    'ur',
    'اہلکاروں نے الکحل کی مقدار ناپی اور 45 موٹر سائیکلیں تحویل میں لیں۔',
    '45 موٹر سائیکلیں',
    'traffic',
  ],
  // km writes fire with either i vowel (អគ្គិភ័យ, អគ្គីភ័យ): both are fire words.
  ['km', 'អគ្គីភ័យបានឆេះផ្ទះ៣ខ្នងនៅភូមិនោះ។', '៣ខ្នង', 'fire'],
  // A drug case with no road check keeps its drugs.
  ['ur', 'پولیس نے 12 کلو منشیات ضبط کیں۔', '12 کلو', 'drugs'],
];

describe('Function: extractFigures topics (col41b classes)', () => {
  it.each(TOPICS)('%s: %s → %s %s', (language, text, figure, topic) => {
    // Act
    const found = extractFigures(documentOf(text, language), []);

    // Assess
    expect(found.find((f) => f.text === figure)?.topic).toBe(topic);
  });
});
