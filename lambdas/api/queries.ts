/**
 * Read side of the API: every request is a bounded number of Query/GetItem calls (a Scan only for
 * unfiltered listings, paginated like any other query).
 */
import {
  GetCommand,
  QueryCommand,
  ScanCommand,
  type DynamoDBDocumentClient,
  type QueryCommandInput,
  type ScanCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { NATIONAL, provinceName, provincesOf, successorOf, type Scheme } from '../shared/provinces.js';
import { batchGetAll } from '../shared/batch-get.js';
import * as D from '../shared/decimal.js';
import type { Period } from '../shared/period.js';
import {
  ALL_TIME_SK_FROM,
  monthRangeSk,
  parseMonthSk,
  parseTopicUnitSk,
  provinceListPk,
  provincePk,
  topicUnitKey,
  topicUnitSk,
  TOTAL_SK,
  type IngestionStatus,
} from '../shared/records.js';
import type { Topic, Unit } from '../shared/vocabulary.js';
import { TABLES, type KeyAttribute } from '../shared/wiring.js';
import { decodeCursor, encodeCursor, NOT_ISSUED, queryFingerprint, type CursorState } from './cursor.js';
import { StoredStorySchema, StoryItemSchema, storyKey, type StoryItem } from '../shared/stories.js';
import type { ArticlesQuery, IngestionsQuery, StoriesQuery, StoryView } from './schemas.js';

export interface ReadTables {
  readonly articles: string;
  readonly metrics: string;
  readonly ingestions: string;
  readonly stories: string;
}

export type Page<T> = { ok: true; items: T[]; nextCursor: string | null } | { ok: false; message: string };

/** Pages read from DynamoDB per request at most, when filters discard most items. */
const MAX_PAGES = 10;

type Part =
  | Omit<QueryCommandInput, 'Limit' | 'ExclusiveStartKey'>
  | Omit<ScanCommandInput, 'Limit' | 'ExclusiveStartKey'>;

interface PagedRead {
  readonly parts: Part[];
  readonly keyAttributes: readonly string[];
  readonly kind: 'query' | 'scan';
}

/** `bucket`: the upload bucket, whose byBucket index lists every article newest first. */
export async function listArticles(
  doc: DynamoDBDocumentClient,
  tables: ReadTables,
  q: ArticlesQuery,
  bucket: string,
  period: Period = {},
) {
  const filters: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  if (q.topic) {
    filters.push('contains(#topics, :topic)');
    names['#topics'] = 'topics';
    values[':topic'] = q.topic;
  }
  if (period.fromDay) {
    filters.push('#published >= :fromDay');
    names['#published'] = 'published';
    values[':fromDay'] = period.fromDay;
  }
  if (period.toDay) {
    filters.push('#published <= :toDay');
    names['#published'] = 'published';
    values[':toDay'] = period.toDay;
  }
  if (q.province && q.language) {
    // The province index is keyed by province only: the language is a filter there.
    filters.push('#language = :language');
    names['#language'] = 'language';
    values[':language'] = q.language;
  }
  const filter = { filters, names, values };
  const [byProvince, byLanguage, byBucket] = TABLES.articles.globalSecondaryIndexes;
  const read = q.province
    ? newestFirst(tables.articles, ['id'], byProvince, namedSlugsFor(q.province), filter)
    : q.language
      ? newestFirst(tables.articles, ['id'], byLanguage, [q.language], filter)
      : newestFirst(tables.articles, ['id'], byBucket, [bucket], filter);
  return paged(doc, read, q.limit, q.cursor);
}

export async function listIngestions(doc: DynamoDBDocumentClient, tables: ReadTables, q: IngestionsQuery) {
  const read: PagedRead = q.status
    ? newestFirst(tables.ingestions, ['objectId'], TABLES.ingestions.globalSecondaryIndexes[0], [
        q.status satisfies IngestionStatus,
      ])
    : { kind: 'scan', keyAttributes: ['objectId'], parts: [{ TableName: tables.ingestions }] };
  return paged(doc, read, q.limit, q.cursor);
}

/** One article, with its story and siblings when it has a story. */
export async function getArticle(doc: DynamoDBDocumentClient, tables: ReadTables, id: string) {
  const out = await doc.send(new GetCommand({ TableName: tables.articles, Key: { id } }));
  const item = out.Item;
  if (!item || typeof item.storyId !== 'string') return item;
  const story = await getStory(doc, tables, item.storyId);
  if (!story) return item;
  return {
    ...item,
    story: {
      id: story.id,
      representative: story.representative === id,
      siblings: story.members.filter((m) => m.id !== id),
    },
  };
}

export async function getStory(
  doc: DynamoDBDocumentClient,
  tables: ReadTables,
  id: string,
): Promise<StoryView | undefined> {
  // A story merged into another leads there (its members' records still name it).
  let storyId = id;
  for (let hops = 0; hops < MAX_MERGE_HOPS; hops++) {
    const out = await doc.send(new GetCommand({ TableName: tables.stories, Key: storyKey(storyId) }));
    const item = StoredStorySchema.safeParse(out.Item);
    if (!item.success) return undefined;
    if (!('mergedInto' in item.data)) return storyView(item.data);
    storyId = item.data.mergedInto;
  }
  return undefined;
}

const MAX_MERGE_HOPS = 16;

/**
 * Stories newest first, by the representative's province (its 2025 unit) and day: one Query on the
 * byProvince index, or one per province when none is given (never a scan: the table also holds the index).
 */
export async function listStories(
  doc: DynamoDBDocumentClient,
  tables: ReadTables,
  q: StoriesQuery,
): Promise<Page<StoryView>> {
  const index = TABLES.stories.globalSecondaryIndexes[0];
  const provinces = q.province
    ? [successorOf(q.province)?.slug ?? q.province]
    : provincesOf('2025').map((p) => p.slug);
  const range =
    q.from && q.to
      ? { cond: ' AND #d BETWEEN :from AND :to', values: { ':from': q.from, ':to': `${q.to}#\uffff` } }
      : q.from
        ? { cond: ' AND #d >= :from', values: { ':from': q.from } }
        : q.to
          ? { cond: ' AND #d <= :to', values: { ':to': `${q.to}#\uffff` } }
          : { cond: '', values: {} };
  const read: PagedRead = {
    kind: 'query',
    keyAttributes: ['pk', 'sk', index.partitionKey.name, index.sortKey.name],
    parts: provinces.map((slug) => ({
      TableName: tables.stories,
      IndexName: index.indexName,
      KeyConditionExpression: `#p = :p${range.cond}`,
      ExpressionAttributeNames: {
        '#p': index.partitionKey.name,
        ...(range.cond ? { '#d': index.sortKey.name } : {}),
      },
      ExpressionAttributeValues: { ':p': slug, ...range.values },
      ScanIndexForward: false,
    })),
  };
  const page = await paged(doc, read, q.limit, q.cursor);
  if (!page.ok) return page;
  const items = page.items.flatMap((raw) => {
    const item = StoryItemSchema.safeParse(raw);
    return item.success ? [storyView(item.data)] : [];
  });
  return { ok: true, items, nextCursor: page.nextCursor };
}

function storyView(item: StoryItem): StoryView {
  return {
    id: item.storyId,
    representative: item.representative,
    province: item.storyProvince,
    published: item.published,
    languages: item.languages,
    articles: item.members.length,
    members: item.members.map((m) => ({
      id: m.id,
      key: m.key,
      language: m.language,
      published: m.published,
      representative: m.id === item.representative,
    })),
    updatedAt: item.updatedAt,
  };
}

export async function listProvinces(doc: DynamoDBDocumentClient, tables: ReadTables, scheme: Scheme) {
  const items = await queryAll(doc, {
    TableName: tables.metrics,
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': provinceListPk(scheme) },
  });
  const totals = new Map(
    items.map((i) => [
      String(i.sk),
      { articles: count(i.articles), stories: count(i.stories), figures: count(i.figures) },
    ]),
  );
  const known = provincesOf(scheme);
  const slugs = [...new Set([...known.map((p) => p.slug), ...totals.keys()])];
  return slugs
    .map((slug) => ({
      slug,
      name: provinceName(slug)?.name ?? slug,
      ...(totals.get(slug) ?? { articles: 0, stories: 0, figures: 0 }),
    }))
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

export interface MetricsSelection {
  /** Months (YYYY-MM, inclusive) to read the MONTH# items of; absent: the all-time items. */
  readonly months?: { readonly from?: string; readonly to?: string };
  readonly byMonth?: boolean;
}

interface Totals {
  articles: number;
  stories: number;
  figures: number;
}
interface TopicUnitSums {
  topic: Topic;
  unit: Unit;
  sum: D.Decimal;
  figures: number;
  articles: number;
  stories: number;
}

/**
 * A province's aggregates: all time (its TOTAL and TOPIC# items), or over a range of months (its MONTH#
 * items, one Query on the pk with a sort-key range, summed exactly: each article counts in one month only,
 * so the sums over months are the period's figures and articles).
 */
export async function provinceMetrics(
  doc: DynamoDBDocumentClient,
  tables: ReadTables,
  scheme: Scheme,
  slug: string,
  selection: MetricsSelection = {},
) {
  const monthly = selection.months !== undefined || selection.byMonth === true;
  const range = monthRangeSk(selection.months?.from ?? '0000-00', selection.months?.to ?? '9999-99');
  const items = await queryAll(doc, {
    TableName: tables.metrics,
    KeyConditionExpression: monthly ? 'pk = :pk AND sk BETWEEN :from AND :to' : 'pk = :pk AND sk >= :from',
    ExpressionAttributeValues: {
      ':pk': provincePk(scheme, slug),
      ...(monthly ? { ':from': range.from, ':to': range.to } : { ':from': ALL_TIME_SK_FROM }),
    },
  });
  const all = {
    totals: { articles: 0, stories: 0, figures: 0 },
    metrics: new Map<string, TopicUnitSums>(),
  };
  const months = new Map<string, typeof all>();
  for (const item of items) {
    const sk = String(item.sk);
    const parsed = monthly ? parseMonthSk(sk) : { month: '', rest: sk };
    if (!parsed) continue;
    let month = months.get(parsed.month);
    if (!month)
      months.set(
        parsed.month,
        (month = { totals: { articles: 0, stories: 0, figures: 0 }, metrics: new Map() }),
      );
    for (const into of [all, month]) {
      if (parsed.rest === TOTAL_SK) {
        addTotals(into.totals, {
          articles: count(item.articles),
          stories: count(item.stories),
          figures: count(item.figures),
        });
        continue;
      }
      const tu = parseTopicUnitSk(parsed.rest);
      if (!tu) continue;
      const key = `${tu.topic}#${tu.unit}`;
      const sums = into.metrics.get(key) ?? { ...tu, sum: D.ZERO, figures: 0, articles: 0, stories: 0 };
      sums.sum = D.add(sums.sum, D.fromNumber(Number(item.sum ?? 0)));
      sums.figures += count(item.figures);
      sums.articles += count(item.articles);
      sums.stories += count(item.stories);
      into.metrics.set(key, sums);
    }
  }
  const byMonth = [...months]
    .filter(([month, m]) => month !== '' && (m.totals.articles > 0 || m.totals.figures > 0))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, m]) => ({ month, totals: m.totals, metrics: published(m.metrics) }));
  return {
    items: items.length,
    totals: all.totals,
    metrics: published(all.metrics),
    ...(selection.byMonth ? { months: byMonth } : {}),
  };
}

function addTotals(into: Totals, add: Totals) {
  into.articles += add.articles;
  into.stories += add.stories;
  into.figures += add.figures;
}

/** Topic × unit sums as the API publishes them: numbers, a mean, no empty aggregates. */
function published(metrics: Map<string, TopicUnitSums>) {
  return [...metrics.values()]
    .filter((m) => m.figures !== 0)
    .map((m) => {
      const sum = Number(D.toString(m.sum));
      return {
        topic: m.topic,
        unit: m.unit,
        sum,
        mean: Math.round((sum / m.figures) * 1e6) / 1e6,
        figures: m.figures,
        articles: m.articles,
        stories: m.stories,
      };
    });
}

/** Provinces read at once when a request needs one Query per province. */
const PROVINCE_CONCURRENCY = 8;

interface Counters {
  sum: D.Decimal;
  figures: number;
  articles: number;
  stories: number;
}

/**
 * One topic × unit in every province of a scheme (the map's data), provinces without figures left out.
 * All time: one BatchGetItem of the provinces' counters (at most 100 keys a call; 64 for the named scheme).
 * Over months: one Query per province on its MONTH# items of the range, a few provinces at a time; the sort
 * key puts the month first, so the other topics × units of those months are read and dropped here (a key
 * attribute cannot be in a filter expression).
 */
export async function topicUnitMetrics(
  doc: DynamoDBDocumentClient,
  tables: ReadTables,
  scheme: Scheme,
  topic: Topic,
  unit: Unit,
  months?: { readonly from?: string; readonly to?: string },
) {
  const slugs = provincesOf(scheme)
    .map((p) => p.slug)
    .sort((a, b) => a.localeCompare(b));
  const found = months
    ? await monthlyCounters(doc, tables, scheme, slugs, topicUnitSk(topic, unit), months)
    : await allTimeCounters(doc, tables, scheme, slugs, topic, unit);
  return slugs.flatMap((slug) => {
    const c = found.get(slug);
    if (!c || c.figures === 0) return [];
    const sum = Number(D.toString(c.sum));
    return [
      {
        slug,
        name: provinceName(slug)?.name ?? slug,
        sum,
        mean: Math.round((sum / c.figures) * 1e6) / 1e6,
        figures: c.figures,
        articles: c.articles,
        stories: c.stories,
      },
    ];
  });
}

async function allTimeCounters(
  doc: DynamoDBDocumentClient,
  tables: ReadTables,
  scheme: Scheme,
  slugs: string[],
  topic: Topic,
  unit: Unit,
) {
  const bySlug = new Map(slugs.map((slug) => [provincePk(scheme, slug), slug]));
  const found = new Map<string, Counters>();
  const keys = slugs.map((slug) => ({ ...topicUnitKey(scheme, slug, topic, unit) }));
  for (const item of await batchGetAll(doc, tables.metrics, keys)) {
    const slug = bySlug.get(String(item.pk));
    if (slug) found.set(slug, counters(item));
  }
  return found;
}

async function monthlyCounters(
  doc: DynamoDBDocumentClient,
  tables: ReadTables,
  scheme: Scheme,
  slugs: string[],
  sk: string,
  months: { readonly from?: string; readonly to?: string },
) {
  const range = monthRangeSk(months.from ?? '0000-00', months.to ?? '9999-99');
  const found = new Map<string, Counters>();
  await eachLimited(slugs, PROVINCE_CONCURRENCY, async (slug) => {
    const items = await queryAll(doc, {
      TableName: tables.metrics,
      KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
      ExpressionAttributeValues: { ':pk': provincePk(scheme, slug), ':from': range.from, ':to': range.to },
    });
    let total: Counters | undefined;
    for (const item of items) {
      if (parseMonthSk(String(item.sk))?.rest !== sk) continue;
      const c = counters(item);
      total = total
        ? {
            sum: D.add(total.sum, c.sum),
            figures: total.figures + c.figures,
            articles: total.articles + c.articles,
            stories: total.stories + c.stories,
          }
        : c;
    }
    if (total) found.set(slug, total);
  });
  return found;
}

function counters(item: Record<string, unknown>): Counters {
  return {
    sum: D.fromNumber(Number(item.sum ?? 0)),
    figures: count(item.figures),
    articles: count(item.articles),
    stories: count(item.stories),
  };
}

/** `work` on every item, at most `limit` at a time. */
async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Named slugs whose articles a province filter returns: the slug itself and, for a 2025 unit, its parts. */
export function namedSlugsFor(slug: string): string[] {
  const parts = provincesOf('named')
    .filter((p) => p.slug !== NATIONAL.slug && successorOf(p.slug)?.slug === slug)
    .map((p) => p.slug);
  return [...new Set([slug, ...parts])];
}

async function paged(
  doc: DynamoDBDocumentClient,
  read: PagedRead,
  limit: number,
  cursor: string | undefined,
): Promise<Page<Record<string, unknown>>> {
  const fingerprint = queryFingerprint(read);
  let state: Pick<CursorState, 'p' | 'k'> = { p: 0, k: {} };
  if (cursor) {
    const decoded = decodeCursor(cursor, { ...read, fingerprint, parts: read.parts.length });
    if (!decoded.ok) return decoded;
    state = decoded.state;
  }
  const items: Record<string, unknown>[] = [];
  let part = state.p;
  let start: Record<string, unknown> | undefined = cursor ? state.k : undefined;
  for (let pages = 0; pages < MAX_PAGES && part < read.parts.length; pages++) {
    const input = { ...read.parts[part]!, Limit: limit - items.length, ExclusiveStartKey: start };
    let out;
    try {
      out = await doc.send(read.kind === 'query' ? new QueryCommand(input) : new ScanCommand(input));
    } catch (error) {
      // A cursor that decodes but names a start key outside this query's partition: still the caller's fault.
      if (pages === 0 && cursor && (error as Error).name === 'ValidationException')
        return { ok: false, message: NOT_ISSUED };
      throw error;
    }
    const got = out.Items ?? [];
    const room = limit - items.length;
    items.push(...got.slice(0, room));
    if (got.length > room) {
      start = pick(items[items.length - 1]!, read.keyAttributes);
    } else {
      start = out.LastEvaluatedKey;
    }
    if (!start) {
      part++;
    }
    if (items.length >= limit) break;
  }
  const more = part < read.parts.length;
  const next = more ? encodeCursor({ p: part, k: (start ?? {}) as CursorState['k'], q: fingerprint }) : null;
  return { ok: true, items, nextCursor: next };
}

async function queryAll(doc: DynamoDBDocumentClient, input: QueryCommandInput) {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await doc.send(new QueryCommand({ ...input, ExclusiveStartKey: start }));
    items.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start);
  return items;
}

function pick(item: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, item[k]]));
}

interface Filter {
  readonly filters: string[];
  readonly names: Record<string, string>;
  readonly values: Record<string, unknown>;
}

/**
 * A time-sorted index read newest first: one part per partition value, each with the same filter.
 * `tableKey`: the table's own key attributes, which a cursor on the index carries besides the index's.
 */
function newestFirst(
  tableName: string,
  tableKey: readonly string[],
  index: { readonly indexName: string; readonly partitionKey: KeyAttribute; readonly sortKey: KeyAttribute },
  partitions: readonly string[],
  { filters, names, values }: Filter = { filters: [], names: {}, values: {} },
): PagedRead {
  return {
    kind: 'query',
    keyAttributes: [...tableKey, index.partitionKey.name, index.sortKey.name],
    parts: partitions.map((partition) => ({
      TableName: tableName,
      IndexName: index.indexName,
      KeyConditionExpression: '#pk = :pk',
      ScanIndexForward: false,
      ...expression(filters, { ...names, '#pk': index.partitionKey.name }, { ...values, ':pk': partition }),
    })),
  };
}

function expression(filters: string[], names: Record<string, string>, values: Record<string, unknown>) {
  return {
    ...(filters.length ? { FilterExpression: filters.join(' AND ') } : {}),
    ...(Object.keys(names).length ? { ExpressionAttributeNames: names } : {}),
    ...(Object.keys(values).length ? { ExpressionAttributeValues: values } : {}),
  };
}

function count(v: unknown): number {
  return typeof v === 'number' ? v : Number(v ?? 0);
}
