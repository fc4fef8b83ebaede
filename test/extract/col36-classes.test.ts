/**
 * Figure and topic classes of batch 36 (col36: el it hi ar), on sentences written for this test:
 * - ar an outlet named "electronic newspaper" ("لصحيفة الشعب الإلكترونية", "الجريدة الإلكترونية") is who
 *   reported, no cue of a network crime (lexicon `notCues`); the landslide in the singular with its article
 *   ("الانهيار الأرضي") is a disaster's cue as "انهيار أرضي" is (lexicon `topics.other`);
 * - el officers ("αξιωματικοί", "αξιωματικούς", "αξιωματικών") are persons (lexicon `units.person`);
 * - hi "एक" is both "one" and "a": one person named with it and followed by a death or an injury in its
 *   clause counts one ("और एक घायल हुआ", and one was injured), as vi "một người tử vong" does (lexicon
 *   `indefinite`, `fatesAfter`); "अन्य" (other) right after it is the person itself, as "दो अन्य" counts two
 *   persons ("एक अन्य की मौत हो गई", one other died), unless a noun follows ("एक अन्य वाहन", another vehicle: a vehicle, counted
 *   only as a tally counts it, figures/tally.ts).
 */
import { describe } from 'vitest';
import { itReadsEach, valueAndUnit, valueUnitAndTopic } from '../support/figure-cases.js';

const CASES: Array<[string, string, Array<[number, string, string]>]> = [
  [
    'ar',
    'قال رئيس البلدية لصحيفة الشعب الإلكترونية إن الانهيار الأرضي دفن 4 منازل، وإن السلطات أجلت 25 أسرة إلى المدرسة.',
    [
      [4, 'other', 'other'],
      [25, 'household', 'other'],
    ],
  ],
  [
    'ar',
    'وأفادت الجريدة الإلكترونية للمقاطعة بأن الانهيار الأرضي أدى إلى فقدان 3 أشخاص.',
    [[3, 'person', 'other']],
  ],
  ['el', 'Στο σημείο έσπευσαν 45 αξιωματικοί και στρατιώτες της πυροσβεστικής.', [[45, 'person', 'fire']]],
  [
    'el',
    'Η υπηρεσία κινητοποίησε περίπου 120 αξιωματικούς για την κατάσβεση της πυρκαγιάς.',
    [[120, 'person', 'fire']],
  ],
];

const UNIT_CASES: Array<[string, string, Array<[number, string]>]> = [
  [
    'hi',
    'बस और ट्रक की टक्कर में तीन लोगों की मौत हो गई और एक अन्य घायल हो गया।',
    [
      [3, 'person'],
      [1, 'person'],
    ],
  ],
  [
    'hi',
    'गोदाम की आग में दो मजदूरों की जान चली गई, जबकि एक अन्य की इलाज के दौरान मौत हो गई।',
    [
      [2, 'person'],
      [1, 'person'],
    ],
  ],
  [
    'hi',
    'नदी में नाव पलटने से एक बच्चा लापता है और एक घायल हुआ है।',
    [
      [1, 'person'],
      [1, 'person'],
    ],
  ],
  ['hi', 'पुलिस ने मौके से एक अन्य वाहन को भी जब्त किया।', [[1, 'vehicle']]],
  ['hi', 'एक अन्य अधिकारी ने बताया कि जांच जारी है।', []],
];

describe('Function: extractFigures (col36 classes)', () => {
  itReadsEach(UNIT_CASES, valueAndUnit);

  itReadsEach(CASES, valueUnitAndTopic);
});
