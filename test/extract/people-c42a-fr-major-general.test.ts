/**
 * French writes the Vietnamese thiếu tướng "major général" (or "major-général") as well as "général de
 * division" (session 42, col42a): the longer form is the rank, not "général" alone nor "major". Texts written
 * for the project.
 */
import { describe, expect, it } from 'vitest';
import { peopleDataFor } from '../../lambdas/extract/people/language.js';
import { rankAtEnd } from '../../lambdas/extract/people/rank-before.js';

const rankOf = (head: string): string | null => rankAtEnd(head, peopleDataFor('fr').lex)?.rank ?? null;

describe('fr: "major général" is a major general (c42a)', () => {
  it.each<[string, string | null]>([
    ['la réunion était présidée par le major général ', 'major-general'],
    ['la réunion était présidée par le major-général ', 'major-general'],
    ['la réunion était présidée par le général de division ', 'major-general'],
    ['la réunion était présidée par le général ', 'general'],
    ['la réunion était présidée par le major ', 'major'],
  ])('"%s" → %s', (head, rank) => {
    expect(rankOf(head)).toBe(rank);
  });
});
