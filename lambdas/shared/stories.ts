/**
 * Stored shapes of the Stories table (pk / sk), written by the parse function in the same transaction as
 * the article they concern, read by the API:
 *
 *   STORY#<storyId>   STORY          one story: version, representative, members (id, key, language, coverage,
 *                                    blocking keys), storyProvince and storyDate (GSI byProvince); or,
 *                                    once merged into another story, a tombstone naming it (mergedInto)
 *   BLOCK#<key>       D#<day>#<id>   blocking index item of an article whose day is known; M#<MM-DD>#<id> when
 *                                    only its day and month are (a text date without a year; M#<MM-DD>#<YYYY>#<id> with its guessed year since
 *                                    session 10); otherwise
 *                                    U#<upload day>#<id>.
 *                                    Carries the article's story id and evidence, so scoring a candidate
 *                                    costs no second read
 *   HEAD#<key>        HEAD           version of a blocking key: every article written under the key moves it,
 *                                    conditioned on the value read before the key's items were queried, so
 *                                    two copies that could find each other never commit unaware of each other
 *
 * The story item's version is the serialization point of membership and representative: every change of
 * either is a Put conditioned on the version read.
 */
import { z } from 'zod';
import { SlugSchema } from './article.js';

export const STORY_SK = 'STORY';
export const HEAD_SK = 'HEAD';

export const storyKey = (storyId: string) => ({ pk: `STORY#${storyId}`, sk: STORY_SK });
export const blockKey = (key: string, sk: string) => ({ pk: `BLOCK#${key}`, sk });
export const blockPk = (key: string) => `BLOCK#${key}`;
export const headKey = (key: string) => ({ pk: `HEAD#${key}`, sk: HEAD_SK });

export const StoryIdSchema = z.string().regex(/^[a-f0-9]{32}$/, '32 hex characters');

export const StoryMemberSchema = z.object({
  id: z.string().min(1).describe('Article id'),
  /** The story id written on the article's record and ledger (an earlier story merged into this one). */
  storyId: StoryIdSchema,
  key: z.string().describe('Object key of the article'),
  language: z.string(),
  /** [distinct figure values, total evidence weight]: what the representative is chosen by, then the id. */
  coverage: z.tuple([z.number(), z.number()]),
  /** 2025 unit of the article's primary province ('national' without one). */
  province: SlugSchema,
  published: z.string(),
  /** Blocking keys the article is indexed under, and the sort key of its index items. */
  blocks: z.array(z.string()),
  blockSk: z.string(),
});
export type StoryMember = z.infer<typeof StoryMemberSchema>;

export const StoryItemSchema = z.object({
  pk: z.string(),
  sk: z.literal(STORY_SK),
  storyId: StoryIdSchema,
  version: z.number().int().positive(),
  representative: z.string(),
  members: z.array(StoryMemberSchema).min(1),
  languages: z.array(z.string()),
  /** GSI byProvince: the representative's 2025 unit, and `<published>#<storyId>` for date ranges. */
  storyProvince: SlugSchema,
  storyDate: z.string(),
  published: z.string(),
  updatedAt: z.string(),
});
export type StoryItem = z.infer<typeof StoryItemSchema>;

/** What is left of a story merged into another: its members' records still name it, and lead here. */
export const StoryTombstoneSchema = z.object({
  pk: z.string(),
  sk: z.literal(STORY_SK),
  storyId: StoryIdSchema,
  version: z.number().int().positive(),
  mergedInto: StoryIdSchema,
  updatedAt: z.string(),
});
export type StoryTombstone = z.infer<typeof StoryTombstoneSchema>;

export const StoredStorySchema = z.union([StoryItemSchema, StoryTombstoneSchema]);
export type StoredStory = z.infer<typeof StoredStorySchema>;

export const BlockItemSchema = z.object({
  pk: z.string(),
  sk: z.string(),
  articleId: z.string(),
  storyId: StoryIdSchema,
  /** StoryEvidence as JSON (a string keeps any figure value exact, whatever its size). */
  evidence: z.string(),
});
export type BlockItem = z.infer<typeof BlockItemSchema>;
