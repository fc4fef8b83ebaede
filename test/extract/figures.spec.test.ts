/**
 * Data-driven figures spec: test/extract/spec/figures/<lang>.json holds sentences written for the purpose,
 * each with the exhaustive list of figures expected (value and unit; topic, approximate and target when
 * given) and the spans that must not become figures. A case the extractor does not handle yet carries
 * "unsupported": "<reason>" and is run as an expected failure, so it is noticed when it starts to pass.
 */
import { z } from 'zod';
import { expect } from 'vitest';
import { TopicSchema, UnitSchema } from '../../lambdas/shared/vocabulary.js';
import type { Figure } from '../../lambdas/shared/article.js';
import { describeSpec } from '../support/extract-spec.js';

const ExpectedFigureSchema = z.object({
  value: z.number(),
  unit: UnitSchema,
  topic: TopicSchema.optional(),
  approximate: z.boolean().optional(),
  target: z.boolean().optional(),
  currency: z.string().optional(),
});

const CaseSchema = z.object({
  text: z.string().min(1),
  figures: z.array(ExpectedFigureSchema),
  notFigures: z.array(z.string().min(1)).default([]),
  unsupported: z.string().optional(),
});
type Case = z.infer<typeof CaseSchema>;

/** The figures read are the expected ones, by value and unit, in text order. */
function assessValues(figures: Figure[], c: Case): void {
  expect(figures.map((f) => ({ value: f.value, unit: f.unit }))).toEqual(
    c.figures.map((f) => ({ value: f.value, unit: f.unit })),
  );
}

describeSpec({
  title: 'Function: extractFigures (spec data)',
  fileKind: 'spec',
  folder: new URL('./spec/figures/', import.meta.url),
  caseSchema: CaseSchema,
  assess: (figures, c) => {
    assessValues(figures, c);
    c.figures.forEach((want, i) => {
      expect(figures[i]).toMatchObject(want);
      expect(c.text.slice(figures[i]!.start, figures[i]!.start + figures[i]!.text.length)).toBe(
        figures[i]!.text,
      );
    });
    for (const span of c.notFigures) {
      const at = c.text.indexOf(span);
      expect(at, `"${span}" is in the sentence`).toBeGreaterThanOrEqual(0);
      expect(figures.filter((f) => f.start >= at && f.start < at + span.length)).toEqual([]);
    }
  },
  assessUnsupported: assessValues,
});
