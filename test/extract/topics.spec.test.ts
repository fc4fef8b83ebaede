/**
 * Data-driven topic spec: test/extract/spec/topics/<lang>.json holds sentences written for the purpose, each
 * naming figures by value and the topic they must get. Unlike the figures spec, the list is not exhaustive:
 * these cases check the topic cue vocabulary of each language (a cue word that is missing, or a word that
 * looks like a cue and is not: "traffico di droga", "údajně", "bổ sung"), whatever else the sentence holds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { fold } from '../../lambdas/extract/text/fold.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';
import { LANGUAGES, TopicSchema } from '../../lambdas/shared/vocabulary.js';
import type { Document } from '../../lambdas/extract/types.js';

const SpecSchema = z.object({
  language: z.string().length(2),
  cases: z
    .array(
      z.object({
        text: z.string().min(1),
        topics: z.array(z.object({ value: z.number(), topic: TopicSchema })).min(1),
      }),
    )
    .min(1),
});

const dir = new URL('./spec/topics/', import.meta.url);
const specs = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => SpecSchema.parse(JSON.parse(readFileSync(new URL(f, dir), 'utf8'))));

function documentOf(text: string, language: string): Document {
  return { body: text, folded: fold(text), sentences: splitSentences(text), language };
}

describe('Function: extractFigures (topic spec data)', () => {
  it('has a topic spec file for every supported language', () => {
    // Prepare
    const covered = new Set(specs.map((s) => s.language));

    // Act
    const missing = LANGUAGES.filter((l) => !covered.has(l));

    // Assess
    expect(missing).toEqual([]);
  });

  describe.each(specs.map((s) => [s.language, s] as const))('Language: %s', (_language, spec) => {
    it.each(spec.cases.map((c) => [c.text, c] as const))('%s', (text, c) => {
      // Prepare
      const doc = documentOf(text, spec.language);

      // Act
      const figures = extractFigures(doc, []);

      // Assess: each named figure is read, in text order, with its topic.
      const read = c.topics.map(({ value }) => figures.find((f) => f.value === value));
      expect(read.map((f) => f && { value: f.value, topic: f.topic })).toEqual(c.topics);
    });
  });
});
