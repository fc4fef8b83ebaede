/**
 * The frequency cap on busy keys (blocking.ts, MAX_BLOCK_ITEMS): a Query range holding more index items than
 * the cap gives no candidate and is read only one item past the cap, so a key shared by very many articles (a
 * big province on one day, a round value) costs a new article a bounded read; its copies are still found
 * through its small blocks (a specific value, a person, a district). And on the tuning corpora no range comes
 * near the cap, so no measured story depends on it.
 */
import { describe, expect, it } from 'vitest';
import {
  BlockIndex,
  blockingKeys,
  blockingSortKey,
  groupIncrementally,
  MAX_BLOCK_ITEMS,
  type StoryEvidence,
} from '../../lambdas/stories/index.js';
import type { Figure } from '../../lambdas/shared/article.js';
import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { findCandidates } from '../../lambdas/parse/story-store.js';
import { generateStoryCorpus } from '../support/story-corpus.js';
import { evidenceOf, generatedEvidence, loadRealStories, TUNING_STORY_SETS } from '../support/story-eval.js';

const of = (unit: Figure['unit'], ...values: number[]) => values.map((value) => ({ value, unit, count: 1 }));

/** n reports of one province on one day, each with its own specific amount: the province key's block. */
function busyDay(n: number): StoryEvidence[] {
  return Array.from({ length: n }, (_, i) =>
    evidenceOf({
      id: `busy-${String(i).padStart(4, '0')}`,
      published: '2025-08-14',
      provinces: ['ha-noi'],
      figures: of('kg', 1000 + 7 * i),
    }),
  );
}

describe('Frequency cap on busy keys', () => {
  it('a range over the cap is read one item past it and gives no candidate through that key', () => {
    const cap = 20;
    const index = new BlockIndex(cap);
    for (const e of busyDay(50)) index.add(e);
    // A new report of the same day and province sharing nothing else: the province is its only key.
    const lone = evidenceOf({ id: 'lone', published: '2025-08-14', provinces: ['ha-noi'] });
    expect(index.candidates(lone)).toEqual([]);
    const { itemsRead, busyRanges, largestRange } = index.stats();
    expect(itemsRead).toBe(cap + 1);
    expect(busyRanges).toBe(1);
    expect(largestRange).toBe(cap + 1);
  });

  it('a copy in the busy block is still found through its specific value', () => {
    const index = new BlockIndex(20);
    const day = busyDay(50);
    for (const e of day) index.add(e);
    const copy = evidenceOf({
      id: 'copy',
      published: '2025-08-15',
      provinces: ['ha-noi'],
      figures: of('kg', day[33]!.figures[0]!.value),
    });
    expect(index.candidates(copy)).toEqual([day[33]!.id]);
  });

  it('a range at the cap is read whole, as before', () => {
    const index = new BlockIndex(50);
    for (const e of busyDay(50)) index.add(e);
    const lone = evidenceOf({ id: 'lone', published: '2025-08-14', provinces: ['ha-noi'] });
    expect(index.candidates(lone)).toHaveLength(50);
    expect(index.stats().busyRanges).toBe(0);
  });

  it('the cap is per range: a district busy in one month is read in another', () => {
    const index = new BlockIndex(5);
    const district = (id: string, published: string) =>
      evidenceOf({ id, published, provinces: ['ha-noi'], localities: ['ha-noi/dong-da'] });
    for (let i = 0; i < 8; i++) index.add(district(`june-${i}`, '2025-06-10'));
    index.add(district('november', '2025-11-02'));
    expect(index.candidates(district('new', '2025-11-03'))).toEqual(['november']);
    expect(index.candidates(district('new-june', '2025-06-11'))).toEqual([]);
  });

  it('generated tuning corpus: no range comes near the cap', () => {
    const { evidence } = generatedEvidence(generateStoryCorpus({ seed: 20261129, stories: 200 }));
    const { index } = groupIncrementally(evidence);
    const stats = index.stats();
    console.log('busy keys, generated tuning:', stats);
    expect(stats.busyRanges).toBe(0);
    expect(stats.largestRange).toBeLessThan(MAX_BLOCK_ITEMS / 2);
  }, 600_000);

  it.each(TUNING_STORY_SETS.map((s) => [s.name, s.root] as const))(
    'real set %s: no range comes near the cap',
    (name, root) => {
      const { index } = groupIncrementally(loadRealStories(root).map((x) => x.evidence));
      const stats = index.stats();
      console.log(`busy keys, ${name}:`, stats);
      expect(stats.busyRanges).toBe(0);
      expect(stats.largestRange).toBeLessThan(MAX_BLOCK_ITEMS / 2);
    },
    300_000,
  );

  describe('the pipeline (story-store.ts) reads the same as the in-memory index', () => {
    /**
     * A Stories table in memory answering the Query story-store sends: key condition on pk and an sk range,
     * Limit, pages of at most 7 items (as DynamoDB's 1 MB pages), LastEvaluatedKey; it counts the items read.
     */
    function table(indexed: readonly StoryEvidence[]) {
      const rows = indexed
        .flatMap((e) =>
          blockingKeys(e).map((key) => ({
            pk: `BLOCK#${key}`,
            sk: blockingSortKey(e),
            articleId: e.id,
            storyId: e.id.replace(/[^0-9]/g, '').padStart(32, 'a'),
            evidence: JSON.stringify(e),
          })),
        )
        .sort((x, y) => (x.sk < y.sk ? -1 : x.sk > y.sk ? 1 : 0));
      let read = 0;
      const doc = {
        send: async (command: unknown) => {
          if (!(command instanceof QueryCommand)) throw new Error('only Query is expected');
          const { ExpressionAttributeValues: v, Limit, ExclusiveStartKey } = command.input;
          const after = (ExclusiveStartKey as { sk?: string } | undefined)?.sk;
          const range = rows.filter(
            (r) =>
              r.pk === v![':pk'] &&
              (v![':from'] === undefined || (r.sk >= v![':from'] && r.sk <= v![':to'])) &&
              (after === undefined || r.sk > after),
          );
          const page = range.slice(0, Math.min(Limit ?? Infinity, 7));
          read += page.length;
          const last = page.at(-1);
          return {
            Items: page,
            LastEvaluatedKey: page.length < range.length && last ? { pk: last.pk, sk: last.sk } : undefined,
          };
        },
      } as unknown as DynamoDBDocumentClient;
      return { doc, read: () => read };
    }

    it('a busy province gives no candidate and is read one item past the cap', async () => {
      const { doc, read } = table(busyDay(MAX_BLOCK_ITEMS + 40));
      const lone = evidenceOf({ id: 'lone', published: '2025-08-14', provinces: ['ha-noi'] });
      expect(await findCandidates(doc, 'stories', lone)).toEqual([]);
      expect(read()).toBe(MAX_BLOCK_ITEMS + 1);
    });

    it('its copy is found through its specific value; a range at the cap is read whole', async () => {
      const day = busyDay(MAX_BLOCK_ITEMS + 40);
      const copy = evidenceOf({
        id: 'copy',
        published: '2025-08-15',
        provinces: ['ha-noi'],
        figures: of('kg', day[333]!.figures[0]!.value),
      });
      const found = await findCandidates(table(day).doc, 'stories', copy);
      expect(found.map((c) => c.articleId)).toEqual([day[333]!.id]);
      const atCap = table(busyDay(MAX_BLOCK_ITEMS));
      const lone = evidenceOf({ id: 'lone', published: '2025-08-14', provinces: ['ha-noi'] });
      expect(await findCandidates(atCap.doc, 'stories', lone)).toHaveLength(MAX_BLOCK_ITEMS);
    });
  });
});
