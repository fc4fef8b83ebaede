/**
 * Measuring story identity: pair precision and recall of a grouping against known groups, and the real
 * fixtures of test/fixtures/stories read through the real engine and the real date resolver.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { extractArticle } from '../../lambdas/extract/index.js';
import { resolvePublished } from '../../lambdas/shared/published.js';
import { storyEvidence, type StoryEvidence } from '../../lambdas/stories/index.js';
import type { GeneratedCopy } from './story-corpus.js';
import { StoryEvidenceSchema } from '../../lambdas/stories/index.js';

export interface PairScore {
  readonly truePairs: number;
  readonly predictedPairs: number;
  readonly correctPairs: number;
  readonly precision: number;
  readonly recall: number;
}

/** truth and predicted: article id → group id. Pairs are unordered pairs of distinct articles. */
export function pairScore(
  truth: ReadonlyMap<string, string>,
  predicted: ReadonlyMap<string, string>,
): PairScore {
  const ids = [...truth.keys()].sort();
  let truePairs = 0;
  let predictedPairs = 0;
  let correctPairs = 0;
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const t = truth.get(ids[i]!) === truth.get(ids[j]!);
      const p = predicted.get(ids[i]!) === predicted.get(ids[j]!);
      if (t) truePairs++;
      if (p) predictedPairs++;
      if (t && p) correctPairs++;
    }
  }
  return {
    truePairs,
    predictedPairs,
    correctPairs,
    precision: predictedPairs === 0 ? 1 : correctPairs / predictedPairs,
    recall: truePairs === 0 ? 1 : correctPairs / truePairs,
  };
}

export const STORY_FIXTURES = 'test/fixtures/stories';
/** Real story groups never tuned on (collected in session 5): read once on the final similarity. */
export const STORY_FIXTURES_BLIND = 'test/fixtures/stories-blind';
/** Real story groups collected blind in session 6, read once on the session's final engine and similarity. */
export const STORY_FIXTURES_BLIND2 = 'test/fixtures/stories-blind2';
/** Real story groups collected blind in session 7, read twice blind (stop 17, session 7 final); a tuning set since session 8. */
export const STORY_FIXTURES_BLIND3 = 'test/fixtures/stories-blind3';
/** Real story groups collected blind in session 8, read blind on the engine of stop 18 and on session 8's final one; a tuning set since session 9. */
export const STORY_FIXTURES_BLIND4 = 'test/fixtures/stories-blind4';
/** Real story groups collected blind in session 9, read blind on the engine of stop 19 and on session 9's final one. */
export const STORY_FIXTURES_BLIND5 = 'test/fixtures/stories-blind5';
/** Real story groups collected blind in session 11, read blind on the engine of stop 21 and on session 11's final one. */
export const STORY_FIXTURES_BLIND6 = 'test/fixtures/stories-blind6';
/**
 * The real sets one may read while changing the similarity (scripts/story-diagnose.ts, story-sweep.ts), with how
 * each became a tuning set. stories-blind5 and stories-blind6 are left out: they are read only to measure a change set.
 */
export const TUNING_STORY_SETS: readonly { name: string; root: string; label: string }[] = [
  { name: 'stories', root: STORY_FIXTURES, label: 'real fixtures (a tuning set since 2026-11-29)' },
  {
    name: 'blind',
    root: STORY_FIXTURES_BLIND,
    label: 'real fixtures of session 5 (collected blind; a tuning set since its second reading)',
  },
  {
    name: 'blind2',
    root: STORY_FIXTURES_BLIND2,
    label: 'real fixtures of session 6 (collected blind, read once; a tuning set since session 7)',
  },
  {
    name: 'blind3',
    root: STORY_FIXTURES_BLIND3,
    label: 'real fixtures of session 7 (collected blind, read twice; a tuning set since session 8)',
  },
  {
    name: 'blind4',
    root: STORY_FIXTURES_BLIND4,
    label: 'real fixtures of session 8 (collected blind, read twice; a tuning set since session 9)',
  },
];
/** The day the fixtures were collected: the "upload" time of files that carry no date of their own. */
export const FIXTURE_UPLOADED_AT = '2026-11-29T12:00:00.000Z';
/** The date of a copy that carries none of its own: its upload day, read as no date at all. */
export const UNDATED_SOURCE = {
  published: FIXTURE_UPLOADED_AT.slice(0, 10),
  dateSource: 'upload',
  datePrecision: 'none',
} as const;

const ManifestSchema = z.object({
  stories: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['story', 'distractor']),
      members: z.array(
        z.object({ file: z.string(), language: z.string(), published: z.string().nullable() }),
      ),
    }),
  ),
});

export interface RealArticle {
  readonly evidence: StoryEvidence;
  readonly story: string;
  readonly kind: 'story' | 'distractor';
}

/**
 * An article's story evidence as the pipeline makes it: the engine, then its publication day resolved from the
 * object metadata (`published`, when given), the key and the text, uploaded at `uploadedAt`.
 */
export function engineEvidence(
  id: string,
  bytes: Uint8Array,
  published: string | null,
  uploadedAt: string = FIXTURE_UPLOADED_AT,
): StoryEvidence {
  const result = extractArticle(bytes);
  if (!result.ok) throw new Error(`${id}: ${result.rejection.message}`);
  const date = resolvePublished({
    metadata: published ? { published } : undefined,
    key: id,
    uploadedAt,
    textDate: result.article.textDate ?? null,
  });
  return storyEvidence({ ...result.article, id }, date, { kinds: true });
}

/**
 * Every fixture file through extractArticle and resolvePublished: a copy whose publication day the manifest
 * knows gets it as object metadata (as `ingest --published` would set it), the others rely on their text.
 */
export function loadRealStories(root = STORY_FIXTURES): RealArticle[] {
  const manifest = ManifestSchema.parse(JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')));
  const out: RealArticle[] = [];
  for (const story of manifest.stories) {
    for (const member of story.members) {
      out.push({
        evidence: engineEvidence(member.file, readFileSync(join(root, member.file)), member.published),
        story: story.id,
        kind: story.kind,
      });
    }
  }
  return out;
}

/** Connected components of the pairs scoring at least threshold: article id → smallest id of its group. */
export function componentsAt(
  ids: readonly string[],
  scored: readonly { a: string; b: string; score: number }[],
  threshold: number,
): Map<string, string> {
  const parent = new Map(ids.map((id) => [id, id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  for (const { a, b, score } of scored) {
    if (score < threshold) continue;
    const [x, y] = [find(a), find(b)];
    if (x !== y) parent.set(x < y ? y : x, x < y ? x : y);
  }
  return new Map(ids.map((id) => [id, find(id)]));
}

/** The generated corpus through the engine and the resolver: evidence per copy and its true story. */
export function generatedEvidence(copies: readonly GeneratedCopy[]): {
  evidence: StoryEvidence[];
  truth: Map<string, string>;
} {
  const evidence: StoryEvidence[] = [];
  const truth = new Map<string, string>();
  for (const c of copies) {
    const result = extractArticle(new TextEncoder().encode(c.text));
    if (!result.ok) throw new Error(`${c.id}: ${result.rejection.message}`);
    const published = resolvePublished({
      metadata: c.published ? { published: c.published } : undefined,
      key: c.key,
      uploadedAt: c.uploadedAt,
      textDate: result.article.textDate ?? null,
    });
    evidence.push(storyEvidence({ ...result.article, id: c.id }, published, { kinds: true }));
    truth.set(c.id, c.story);
  }
  return { evidence, truth };
}

/**
 * Hand-made evidence for unit tests: an English article about Quảng Trị, published on 12 June 2024 by its
 * metadata, with no localities, people or figures unless `over` gives them; parsed, so it is valid evidence.
 */
export function evidenceOf(over: Partial<StoryEvidence> & { id: string }): StoryEvidence {
  return StoryEvidenceSchema.parse({
    language: 'en',
    published: '2024-06-12',
    dateSource: 'metadata',
    datePrecision: 'day',
    provinces: ['quang-tri'],
    localities: [],
    people: [],
    figures: [],
    ...over,
  });
}
