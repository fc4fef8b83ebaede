/**
 * DynamoDB side of story assignment (lambdas/stories/assign.ts decides; this reads and writes). Everything
 * it writes joins the parse transaction of the article, so the article, its ledger, its index items and its
 * story change together or not at all.
 *
 * Reads per article: the heads of its blocking keys (one BatchGetItem), then one Query per candidate range
 * (blocking.ts: candidateQueries; at most MAX_BLOCK_ITEMS + 1 items each, a busy range giving none), then
 * the stories of the current story and of the candidates that reach the threshold (GetItem). All strongly consistent: the index is a base table, not a GSI, for this reason.
 * Conditions that make concurrent writers exact: each head moves from the value read (two copies sharing a
 * key serialize, and the second finds the first); each story moves from the version read (membership and
 * representative change one writer at a time); a flipped sibling must still be in that story with the
 * flag read. A writer that loses any of them re-reads and decides again (ingest.ts).
 */
import {
  GetCommand,
  QueryCommand,
  type DynamoDBDocumentClient,
  type QueryCommandInput,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { batchGetAll } from '../shared/batch-get.js';
import type { ArticleRecord } from '../shared/records.js';
import { PublishedSchema, type Published } from '../shared/published.js';
import { NATIONAL } from '../shared/provinces.js';
import {
  BlockItemSchema,
  blockKey,
  blockPk,
  headKey,
  StoredStorySchema,
  storyKey,
  type StoredStory,
  type StoryItem,
  type StoryMember,
  type StoryTombstone,
} from '../shared/stories.js';
import {
  assign,
  blockingKeys,
  blockingSortKey,
  candidateQueries,
  coverage,
  isMerged,
  keeps,
  MAX_BLOCK_ITEMS,
  pseudonymize,
  resolveStory,
  similarity,
  STORY_THRESHOLD,
  StoryEvidenceSchema,
  storyEvidence,
  type AssignPlan,
  type Candidate,
  type StoryEvidence,
  type StoryState,
} from '../stories/index.js';

export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

export interface StoryTables {
  readonly articles: string;
  readonly ingestions: string;
  readonly stories: string;
}

export interface StoryWriteInput {
  readonly articleId: string;
  readonly version: number;
  /** The record about to be written; undefined when the article is removed or rejected. */
  readonly record: ArticleRecord | undefined;
  readonly currentStoryId: string | undefined;
  readonly now: string;
  /** Key of the name hashes: the evidence compared, indexed and stored names people only by them. */
  readonly nameKey: string;
}

export interface StoryWrites {
  readonly plan: AssignPlan;
  readonly items: TransactItem[];
}

/** The day an article is dated by: `published` when the record has it, else the day it was ingested. */
export function articleDate(record: ArticleRecord): Published {
  const dated = PublishedSchema.safeParse(record);
  return dated.success ? dated.data : { published: record.ingestedAt.slice(0, 10), dateSource: 'upload' };
}

export function memberOf(record: ArticleRecord, evidence: StoryEvidence): Omit<StoryMember, 'storyId'> {
  return {
    id: record.id,
    key: record.key,
    language: record.language,
    coverage: [...coverage(evidence)],
    province: record.primaryProvince?.successor.slug ?? NATIONAL.slug,
    published: evidence.published,
    blocks: blockingKeys(evidence),
    blockSk: blockingSortKey(evidence),
  };
}

export async function planStoryWrites(
  doc: DynamoDBDocumentClient,
  tables: StoryTables,
  input: StoryWriteInput,
): Promise<StoryWrites> {
  const evidence = input.record
    ? pseudonymize(storyEvidence(input.record, articleDate(input.record)), input.nameKey)
    : undefined;
  const member = input.record && evidence ? memberOf(input.record, evidence) : undefined;

  // Heads before the index: a writer that commits under a key after this read moves its head, and fails us.
  const heads = member ? await readHeads(doc, tables.stories, member.blocks) : new Map<string, number>();
  const candidates = evidence ? await findCandidates(doc, tables.stories, evidence) : [];
  const wanted = new Set<string>();
  if (input.currentStoryId) wanted.add(input.currentStoryId);
  for (const c of candidates)
    if (evidence && similarity(evidence, c.evidence) >= STORY_THRESHOLD) wanted.add(c.storyId);
  const stories = await readStories(doc, tables.stories, [...wanted]);

  const plan = assign({
    articleId: input.articleId,
    version: input.version,
    next: evidence && member ? { evidence, member } : undefined,
    currentStoryId: input.currentStoryId,
    candidates,
    stories,
  });

  const items: TransactItem[] = [];
  for (const [key, read] of heads) items.push({ Update: headUpdate(tables.stories, key, read) });

  const old = input.currentStoryId
    ? resolveStory(stories, input.currentStoryId)?.members.find((m) => m.id === input.articleId)
    : undefined;
  const kept = new Set(member && plan.storyId ? member.blocks.map((k) => `${k}\u0000${member.blockSk}`) : []);
  for (const key of old?.blocks ?? []) {
    if (!kept.has(`${key}\u0000${old!.blockSk}`)) {
      items.push({ Delete: { TableName: tables.stories, Key: blockKey(key, old!.blockSk) } });
    }
  }
  if (member && evidence && plan.storyId) {
    for (const key of member.blocks) {
      items.push({
        Put: {
          TableName: tables.stories,
          Item: {
            ...blockKey(key, member.blockSk),
            articleId: input.articleId,
            storyId: plan.storyId,
            evidence: JSON.stringify(evidence),
          },
        },
      });
    }
  }

  for (const change of plan.changes)
    items.push(storyWrite(tables.stories, change.before, change.after, input.now));
  for (const flip of plan.flips) items.push(...flipWrites(tables, flip, input.now));
  return { plan, items };
}

/**
 * One BatchGetItem for an article's heads (strongly consistent, like the GetItem per key it replaces, which
 * made a burst of requests per parse: in the chaos suite, four parses at once, a median of 15 GetItems in
 * flight on DynamoDB Local, 100 ms each). A head never written reads 0.
 */
async function readHeads(doc: DynamoDBDocumentClient, table: string, keys: readonly string[]) {
  const out = new Map<string, number>(keys.map((key) => [key, 0]));
  const byPk = new Map(keys.map((key) => [headKey(key).pk, key] as const));
  const heads = [...new Set(keys)].map((key) => headKey(key));
  for (const item of await batchGetAll(doc, table, heads, { consistentRead: true })) {
    const key = byPk.get(String(item.pk));
    if (key !== undefined && typeof item.v === 'number') out.set(key, item.v);
  }
  return out;
}

/**
 * The candidates of an article's Queries (exported for test/stories/busy-keys.test.ts, which checks that a
 * busy range gives what the in-memory BlockIndex gives: nothing, after MAX_BLOCK_ITEMS + 1 items).
 */
export async function findCandidates(
  doc: DynamoDBDocumentClient,
  table: string,
  evidence: StoryEvidence,
): Promise<Candidate[]> {
  const found = new Map<string, Candidate>();
  for (const q of candidateQueries(evidence)) {
    const input: QueryCommandInput = {
      TableName: table,
      ConsistentRead: true,
      KeyConditionExpression:
        q.from !== undefined && q.to !== undefined ? 'pk = :pk AND sk BETWEEN :from AND :to' : 'pk = :pk',
      ExpressionAttributeValues: {
        ':pk': blockPk(q.key),
        ...(q.from !== undefined && q.to !== undefined ? { ':from': q.from, ':to': q.to } : {}),
      },
    };
    // A busy range (more than MAX_BLOCK_ITEMS items, blocking.ts) gives no candidate: read one item past the
    // cap at most (Limit counts every item of the range), and keep the range's candidates only if it is not.
    const range: Candidate[] = [];
    let read = 0;
    let start: Record<string, unknown> | undefined;
    do {
      const page = await doc.send(
        new QueryCommand({ ...input, Limit: MAX_BLOCK_ITEMS + 1 - read, ExclusiveStartKey: start }),
      );
      for (const raw of page.Items ?? []) {
        read++;
        const item = BlockItemSchema.safeParse(raw);
        if (!item.success || item.data.articleId === evidence.id) continue;
        if (!keeps(q, item.data.sk)) continue;
        const parsed = StoryEvidenceSchema.safeParse(JSON.parse(item.data.evidence));
        if (parsed.success) {
          range.push({ articleId: item.data.articleId, storyId: item.data.storyId, evidence: parsed.data });
        }
      }
      start = page.LastEvaluatedKey;
    } while (start && read <= MAX_BLOCK_ITEMS);
    if (read > MAX_BLOCK_ITEMS) continue;
    for (const c of range) if (!found.has(c.articleId)) found.set(c.articleId, c);
  }
  return [...found.values()].sort((a, b) => a.articleId.localeCompare(b.articleId));
}

export async function readStory(
  doc: DynamoDBDocumentClient,
  table: string,
  storyId: string,
  consistent = true,
): Promise<StoredStory | undefined> {
  const got = await doc.send(
    new GetCommand({ TableName: table, Key: storyKey(storyId), ConsistentRead: consistent }),
  );
  return got.Item ? StoredStorySchema.parse(got.Item) : undefined;
}

/** The stories named, and every story they were merged into. */
async function readStories(doc: DynamoDBDocumentClient, table: string, ids: readonly string[]) {
  const out = new Map<string, StoryState>();
  let next = [...new Set(ids)];
  while (next.length > 0) {
    const items = await Promise.all(next.map((id) => readStory(doc, table, id)));
    next = [];
    for (const item of items) {
      if (!item) continue;
      out.set(item.storyId, item);
      if ('mergedInto' in item && !out.has(item.mergedInto)) next.push(item.mergedInto);
    }
  }
  return out;
}

function headUpdate(table: string, key: string, read: number) {
  return {
    TableName: table,
    Key: headKey(key),
    UpdateExpression: 'SET #v = :next',
    ConditionExpression: read === 0 ? 'attribute_not_exists(#v)' : '#v = :read',
    ExpressionAttributeNames: { '#v': 'v' },
    ExpressionAttributeValues: { ':next': read + 1, ...(read === 0 ? {} : { ':read': read }) },
  };
}

function storyWrite(
  table: string,
  before: StoryState | undefined,
  after: StoryState | undefined,
  now: string,
): TransactItem {
  const guard = before
    ? {
        ConditionExpression: '#v = :v',
        ExpressionAttributeNames: { '#v': 'version' },
        ExpressionAttributeValues: { ':v': before.version },
      }
    : { ConditionExpression: 'attribute_not_exists(pk)' };
  if (!after) return { Delete: { TableName: table, Key: storyKey(before!.storyId), ...guard } };
  const version = (before?.version ?? 0) + 1;
  if (isMerged(after)) {
    const tombstone: StoryTombstone = {
      ...storyKey(after.storyId),
      sk: 'STORY',
      storyId: after.storyId,
      version,
      mergedInto: after.mergedInto,
      updatedAt: now,
    };
    return { Put: { TableName: table, Item: tombstone, ...guard } };
  }
  const rep = after.members.find((m) => m.id === after.representative)!;
  const item: StoryItem = {
    ...storyKey(after.storyId),
    sk: 'STORY',
    storyId: after.storyId,
    version,
    representative: after.representative,
    members: [...after.members].sort((a, b) => a.id.localeCompare(b.id)),
    languages: [...new Set(after.members.map((m) => m.language))].sort(),
    storyProvince: rep.province,
    storyDate: `${rep.published}#${after.storyId}`,
    published: rep.published,
    updatedAt: now,
  };
  return { Put: { TableName: table, Item: item, ...guard } };
}

/**
 * A sibling whose flag changes gets a new version, in its record and its ledger alike (the next upload of
 * its key continues from there), so the metrics function applies its change like any other.
 */
function flipWrites(
  tables: StoryTables,
  flip: { articleId: string; storyId: string; representative: boolean },
  now: string,
): TransactItem[] {
  return [
    {
      Update: {
        TableName: tables.articles,
        Key: { id: flip.articleId },
        UpdateExpression: 'SET #r = :r, #u = :now ADD #ver :one',
        ConditionExpression: '#s = :sid AND #r = :was',
        ExpressionAttributeNames: {
          '#r': 'storyRepresentative',
          '#u': 'updatedAt',
          '#ver': 'version',
          '#s': 'storyId',
        },
        ExpressionAttributeValues: {
          ':r': flip.representative,
          ':was': !flip.representative,
          ':now': now,
          ':one': 1,
          ':sid': flip.storyId,
        },
      },
    },
    {
      Update: {
        TableName: tables.ingestions,
        Key: { objectId: flip.articleId },
        UpdateExpression: 'SET #u = :now ADD #lv :one',
        ConditionExpression: '#p = :true AND #s = :sid',
        ExpressionAttributeNames: {
          '#lv': 'lastVersion',
          '#p': 'articlePresent',
          '#s': 'storyId',
          '#u': 'updatedAt',
        },
        ExpressionAttributeValues: { ':one': 1, ':true': true, ':sid': flip.storyId, ':now': now },
      },
    },
  ];
}
