/**
 * The runner of the data-driven extraction specs (test/extract/spec/<kind>/<lang>.json): reads every
 * language's file with the suite's case schema, checks that every supported language has one, and runs
 * each case's sentence through extractFigures. A case with "unsupported": "<reason>" is run as an expected
 * failure, so it is noticed when it starts to pass.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { LANGUAGES } from '../../lambdas/shared/vocabulary.js';
import type { Figure } from '../../lambdas/shared/article.js';
import { documentOf } from './document.js';

export interface SpecCase {
  readonly text: string;
  readonly unsupported?: string | undefined;
}

export interface SpecSuite<C extends SpecCase> {
  /** The describe block's title. */
  readonly title: string;
  /** What a language's file is called in the coverage test ('spec', 'topic spec'). */
  readonly fileKind: string;
  /** The folder of <lang>.json files. */
  readonly folder: URL;
  readonly caseSchema: z.ZodType<C, unknown>;
  /** The assertions of a supported case on the figures read from its sentence. */
  readonly assess: (figures: Figure[], c: C) => void;
  /** The assertions an unsupported case is expected to fail (default: `assess`). */
  readonly assessUnsupported?: (figures: Figure[], c: C) => void;
}

const figuresOf = (text: string, language: string) => extractFigures(documentOf(text, language), []);

export function describeSpec<C extends SpecCase>(suite: SpecSuite<C>): void {
  const SpecSchema = z.object({ language: z.string().length(2), cases: z.array(suite.caseSchema).min(1) });
  const specs = readdirSync(suite.folder)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => SpecSchema.parse(JSON.parse(readFileSync(new URL(f, suite.folder), 'utf8'))));

  describe(suite.title, () => {
    it(`has a ${suite.fileKind} file for every supported language`, () => {
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
        // Act
        const figures = figuresOf(text, spec.language);

        // Assess
        suite.assess(figures, c);
      });

      const unsupported = cases.filter(([, c]) => c.unsupported);
      const assessUnsupported = suite.assessUnsupported ?? suite.assess;
      if (unsupported.length > 0) {
        it.fails.each(unsupported)('unsupported yet: %s', (text, c) => {
          // Act
          const figures = figuresOf(text, spec.language);

          // Assess
          assessUnsupported(figures, c);
        });
      }
    });
  });
}
