/**
 * Data-driven figures spec: test/extract/spec/figures/<lang>.json holds sentences written for the purpose,
 * each with the exhaustive list of figures expected (value and unit; topic, approximate and target when
 * given) and the spans that must not become figures. A case the extractor does not handle yet carries
 * "unsupported": "<reason>" and is run as an expected failure, so it is noticed when it starts to pass.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { fold } from '../../lambdas/extract/text/fold.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';
import { LANGUAGES, TopicSchema, UnitSchema } from '../../lambdas/shared/vocabulary.js';
import type { Document } from '../../lambdas/extract/types.js';

const ExpectedFigureSchema = z.object({
  value: z.number(),
  unit: UnitSchema,
  topic: TopicSchema.optional(),
  approximate: z.boolean().optional(),
  target: z.boolean().optional(),
  currency: z.string().optional(),
});

const SpecSchema = z.object({
  language: z.string().length(2),
  cases: z
    .array(
      z.object({
        text: z.string().min(1),
        figures: z.array(ExpectedFigureSchema),
        notFigures: z.array(z.string().min(1)).default([]),
        unsupported: z.string().optional(),
      }),
    )
    .min(1),
});

const dir = new URL('./spec/figures/', import.meta.url);
const specs = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => SpecSchema.parse(JSON.parse(readFileSync(new URL(f, dir), 'utf8'))));

function documentOf(text: string, language: string): Document {
  return { body: text, folded: fold(text), sentences: splitSentences(text), language };
}

describe('Function: extractFigures (spec data)', () => {
  it('has a spec file for every supported language', () => {
    // Prepare
    const covered = new Set(specs.map((s) => s.language));

    // Act
    const missing = LANGUAGES.filter((l) => !covered.has(l));

    // Assess
    expect(missing).toEqual([]);
  });

  describe.each(specs.map((s) => [s.language, s] as const))('Language: %s', (_language, spec) => {
    const cases = spec.cases.map((c) => [c.text, c] as const);

    it.each(cases.filter(([, c]) => !c.unsupported))('%s', (text, c) => {
      // Prepare
      const doc = documentOf(text, spec.language);

      // Act
      const figures = extractFigures(doc, []);

      // Assess
      expect(figures.map((f) => ({ value: f.value, unit: f.unit }))).toEqual(
        c.figures.map((f) => ({ value: f.value, unit: f.unit })),
      );
      c.figures.forEach((want, i) => {
        expect(figures[i]).toMatchObject(want);
        expect(text.slice(figures[i]!.start, figures[i]!.start + figures[i]!.text.length)).toBe(
          figures[i]!.text,
        );
      });
      for (const span of c.notFigures) {
        const at = text.indexOf(span);
        expect(at, `"${span}" is in the sentence`).toBeGreaterThanOrEqual(0);
        expect(figures.filter((f) => f.start >= at && f.start < at + span.length)).toEqual([]);
      }
    });

    const unsupported = cases.filter(([, c]) => c.unsupported);
    if (unsupported.length > 0) {
      it.fails.each(unsupported)('unsupported yet: %s', (text, c) => {
        // Prepare
        const doc = documentOf(text, spec.language);

        // Act
        const figures = extractFigures(doc, []);

        // Assess
        expect(figures.map((f) => ({ value: f.value, unit: f.unit }))).toEqual(
          c.figures.map((f) => ({ value: f.value, unit: f.unit })),
        );
      });
    }
  });
});
