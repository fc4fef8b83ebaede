/**
 * Figure and topic classes of batch 36 (col36: el it hi ar), on sentences written for this test:
 * - ar an outlet named "electronic newspaper" ("لصحيفة الشعب الإلكترونية", "الجريدة الإلكترونية") is who
 *   reported, no cue of a network crime (lexicon `notCues`); the landslide in the singular with its article
 *   ("الانهيار الأرضي") is a disaster's cue as "انهيار أرضي" is (lexicon `topics.other`);
 * - el officers ("αξιωματικοί", "αξιωματικούς", "αξιωματικών") are persons (lexicon `units.person`).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

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

describe('Function: extractFigures (col36 classes)', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    // Act
    const figures = extractFigures(documentOf(text, language), []);

    // Assess
    expect(figures.map((f) => [f.value, f.unit, f.topic])).toEqual(expected);
  });
});
