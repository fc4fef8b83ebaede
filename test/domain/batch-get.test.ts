import type { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import {
  BATCH_GET_CEILING_MS,
  BATCH_GET_MAX_ATTEMPTS,
  batchGetAll,
  batchGetPause,
} from '../../lambdas/shared/batch-get.js';
import { BatchGetUnprocessedError } from '../../lambdas/shared/errors.js';

type Key = Record<string, unknown>;
const TABLE = 'metrics-t';
const keys = (n: number): Key[] => Array.from({ length: n }, (_, i) => ({ pk: `p${i}`, sk: 's' }));

/**
 * A DocumentClient whose send answers each BatchGetCommand with `answer(keys asked, call number)`: the items
 * it returns and the keys it leaves unprocessed.
 */
function fakeDoc(answer: (wanted: Key[], call: number) => { items: Key[]; unprocessed: Key[] }) {
  const calls: Key[][] = [];
  const doc = {
    send: async (command: BatchGetCommand) => {
      const wanted = command.input.RequestItems?.[TABLE]?.Keys ?? [];
      calls.push(wanted);
      const { items, unprocessed } = answer(wanted, calls.length);
      return {
        Responses: { [TABLE]: items },
        UnprocessedKeys: unprocessed.length ? { [TABLE]: { Keys: unprocessed } } : {},
      };
    },
  } as unknown as Parameters<typeof batchGetAll>[0];
  return { doc, calls };
}

function recordPauses() {
  const pauses: number[] = [];
  return { pauses, pause: async (ms: number) => void pauses.push(ms) };
}

describe('Function: batchGetAll', () => {
  it('asks at most 100 keys a call and asks unprocessed keys again until all are read', async () => {
    // Prepare: the first call of each chunk leaves its last 3 keys unprocessed
    const { doc, calls } = fakeDoc((wanted, call) =>
      call === 1 || call === 3
        ? { items: wanted.slice(0, -3), unprocessed: wanted.slice(-3) }
        : { items: wanted, unprocessed: [] },
    );
    const { pauses, pause } = recordPauses();
    // Act
    const items = await batchGetAll(doc, TABLE, keys(150), { pause });
    // Assess
    expect(calls.map((c) => c.length)).toEqual([100, 3, 50, 3]);
    expect(items.map((i) => i.pk).sort()).toEqual(
      keys(150)
        .map((k) => k.pk)
        .sort(),
    );
    expect(pauses).toHaveLength(2);
  });

  it('gives up after the last attempt, naming the table and the keys still unprocessed', async () => {
    // Prepare: a table throttled for good, one key read per call
    const { doc, calls } = fakeDoc((wanted) => ({ items: wanted.slice(0, 1), unprocessed: wanted.slice(1) }));
    const { pauses, pause } = recordPauses();
    // Act
    const read = batchGetAll(doc, TABLE, keys(20), { pause });
    // Assess
    await expect(read).rejects.toBeInstanceOf(BatchGetUnprocessedError);
    await expect(read).rejects.toThrow(
      `table ${TABLE}: ${20 - BATCH_GET_MAX_ATTEMPTS} keys still unprocessed after ${BATCH_GET_MAX_ATTEMPTS} attempts`,
    );
    expect(calls).toHaveLength(BATCH_GET_MAX_ATTEMPTS);
    expect(pauses).toHaveLength(BATCH_GET_MAX_ATTEMPTS - 1);
  });

  it('reads nothing for no keys', async () => {
    const { doc, calls } = fakeDoc(() => ({ items: [], unprocessed: [] }));
    await expect(batchGetAll(doc, TABLE, [])).resolves.toEqual([]);
    expect(calls).toHaveLength(0);
  });
});

describe('Function: batchGetPause', () => {
  it('grows with the attempt under a ceiling, jittered below the bound', () => {
    const top = () => 0.999999;
    const bounds = Array.from({ length: 12 }, (_, i) => batchGetPause(i + 1, top));
    expect(bounds[0]).toBeLessThan(bounds[1]!);
    expect(bounds[3]).toBeLessThan(bounds[4]!);
    expect(Math.max(...bounds)).toBe(BATCH_GET_CEILING_MS - 1);
    expect(batchGetPause(5, () => 0)).toBe(0);
    // Retry 5: half of min(ceiling, 25 ms · 2^5 = 800 ms)
    expect(batchGetPause(5, () => 0.5)).toBe(400);
  });
});
