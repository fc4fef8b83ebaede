/**
 * Session 24's Arabic bare singles ("مقتل شخص", a person killed) made precise, on sentences written for the
 * project: unvocalized "فقد" is mostly the particle فَقَد ("so, indeed") before any verb, and a verb written
 * like a person noun ("طالب", demanded; "عامل", treated) after it names no one; a weekday after the noun is
 * the day of the fate, not a definite noun making a construct. What session 24 counted still counts.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

const read = (text: string) =>
  extractFigures(documentOf(text, 'ar'), []).map((f) => [f.value, f.unit] as const);

describe('ar: bare singles after a fate', () => {
  it.each([
    'فقد طالب رئيس البلدية بفتح تحقيق في الحادث.',
    'فقد عامل مدير المستشفى المرضى بإهمال.',
    'وأصيب سائق الحافلة بجروح.',
  ])('no single: %s', (text) => {
    expect(read(text)).toEqual([]);
  });
  it.each([
    'وتوفي طفل الأحد بعد نقله إلى المستشفى.',
    'وأصيب شرطي الخميس في اشتباك مع مهربين.',
    'وفقد صياد في البحر منذ يومين.',
    'أسفر الانهيار عن مقتل شخص وإصابة أربعة آخرين.',
  ])('one person: %s', (text) => {
    expect(read(text)).toContainEqual([1, 'person']);
  });
});
