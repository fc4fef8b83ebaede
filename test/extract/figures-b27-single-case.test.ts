/**
 * One case of a fate with no numeral (ar "حالة وفاة", a death; "حالة غرق", a drowning) counts one person, as
 * "تسع حالات وفاة" counts nine and the dual "حالتي وفاة" two; also when the report distributes it ("حالة وفاة في
 * كل منها", one death in each). Not "في حالة وفاة" (in the event of a death). Sentences written for the project.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

const figures = (text: string): [number, string][] =>
  extractFigures(documentOf(text, 'ar'), []).map((f) => [f.value, f.unit]);

describe('ar: one case of a fate', () => {
  it.each([
    ['سجلت المستشفى حالة وفاة بسبب الحمى.', [[1, 'person']]],
    ['وسجلت البلدتان حالة غرق في كل منهما.', [[1, 'person']]],
    [
      'سجلت 4 حالات وفاة وحالة غرق في القرية.',
      [
        [4, 'person'],
        [1, 'person'],
      ],
    ],
    ['سجلت السلطات حالتي وفاة.', [[2, 'person']]],
  ] as const)('%s', (text, want) => {
    expect(figures(text)).toEqual(want);
  });

  it('in the event of a death, nobody is counted', () => {
    expect(figures('يحصل الورثة على تعويض في حالة وفاة المؤمن عليه.')).toEqual([]);
  });
});
