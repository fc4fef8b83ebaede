/**
 * Data-driven topic spec: test/extract/spec/topics/<lang>.json holds sentences written for the purpose, each
 * naming figures by value and the topic they must get. Unlike the figures spec, the list is not exhaustive:
 * these cases check the topic cue vocabulary of each language (a cue word that is missing, or a word that
 * looks like a cue and is not: "traffico di droga", "údajně", "bổ sung"), whatever else the sentence holds.
 */
import { z } from 'zod';
import { expect } from 'vitest';
import { TopicSchema } from '../../lambdas/shared/vocabulary.js';
import { describeSpec } from '../support/extract-spec.js';

const CaseSchema = z.object({
  text: z.string().min(1),
  topics: z.array(z.object({ value: z.number(), topic: TopicSchema })).min(1),
  /** Why the case does not pass yet (run as an expected failure, so that it is noticed when it does). */
  unsupported: z.string().min(1).optional(),
});

describeSpec({
  title: 'Function: extractFigures (topic spec data)',
  fileKind: 'topic spec',
  folder: new URL('./spec/topics/', import.meta.url),
  caseSchema: CaseSchema,
  assess: (figures, c) => {
    // Each named figure is read, in text order, with its topic.
    const read = c.topics.map(({ value }) => figures.find((f) => f.value === value));
    expect(read.map((f) => f && { value: f.value, topic: f.topic })).toEqual(c.topics);
  },
});
