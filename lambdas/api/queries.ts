/**
 * Read side of the API: every request is a bounded number of Query/GetItem calls (a Scan only for
 * unfiltered listings, paginated like any other query).
 */
import {
  BatchGetCommand,
  type BatchGetCommandOutput,
  GetCommand,
  QueryCommand,
  ScanCommand,
  type DynamoDBDocumentClient,
  type QueryCommandInput,
  type ScanCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { NATIONAL, provinceName, provincesOf, successorOf, type Scheme } from '../shared/provinces.js';
import {
  parseTopicUnitSk,
  provinceListPk,
  provincePk,
  topicUnitKey,
  TOTAL_SK,
  type IngestionStatus,
} from '../shared/records.js';
import type { Topic, Unit } from '../shared/vocabulary.js';
import { TABLES } from '../shared/wiring.js';
import { decodeCursor, encodeCursor, NOT_ISSUED, queryFingerprint, type CursorState } from './cursor.js';
import type { ArticlesQuery, IngestionsQuery } from './schemas.js';

export interface ReadTables {
  readonly articles: string;
  readonly metrics: string;
  readonly ingestions: string;
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
) {
  const articles = TABLES.articles;
  const filters: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  if (q.topic) {
    filters.push('contains(#topics, :topic)');
    names['#topics'] = 'topics';
    values[':topic'] = q.topic;
  }
  let read: PagedRead;
  if (q.province) {
    const index = articles.globalSecondaryIndexes[0];
    if (q.language) {
      filters.push('#language = :language');
      names['#language'] = 'language';
      values[':language'] = q.language;
    }
    read = {
      kind: 'query',
      keyAttributes: ['id', index.partitionKey.name, index.sortKey.name],
      parts: namedSlugsFor(q.province).map((slug) => ({
        TableName: tables.articles,
        IndexName: index.indexName,
        KeyConditionExpression: '#pp = :pp',
        ScanIndexForward: false,
        ...expression(filters, { ...names, '#pp': index.partitionKey.name }, { ...values, ':pp': slug }),
      })),
    };
  } else if (q.language) {
    const index = articles.globalSecondaryIndexes[1];
    read = {
      kind: 'query',
      keyAttributes: ['id', index.partitionKey.name, index.sortKey.name],
      parts: [
        {
          TableName: tables.articles,
          IndexName: index.indexName,
          KeyConditionExpression: '#l = :l',
          ScanIndexForward: false,
          ...expression(
            filters,
            { ...names, '#l': index.partitionKey.name },
            { ...values, ':l': q.language },
          ),
        },
      ],
    };
  } else {
    const index = articles.globalSecondaryIndexes[2];
    read = {
      kind: 'query',
      keyAttributes: ['id', index.partitionKey.name, index.sortKey.name],
      parts: [
        {
          TableName: tables.articles,
          IndexName: index.indexName,
          KeyConditionExpression: '#b = :b',
          ScanIndexForward: false,
          ...expression(filters, { ...names, '#b': index.partitionKey.name }, { ...values, ':b': bucket }),
        },
      ],
    };
  }
  return paged(doc, read, q.limit, q.cursor);
}

export async function listIngestions(doc: DynamoDBDocumentClient, tables: ReadTables, q: IngestionsQuery) {
  const index = TABLES.ingestions.globalSecondaryIndexes[0];
  const read: PagedRead = q.status
    ? {
        kind: 'query',
        keyAttributes: ['objectId', index.partitionKey.name, index.sortKey.name],
        parts: [
          {
            TableName: tables.ingestions,
            IndexName: index.indexName,
            KeyConditionExpression: '#s = :s',
            ExpressionAttributeNames: { '#s': index.partitionKey.name },
            ExpressionAttributeValues: { ':s': q.status satisfies IngestionStatus },
            ScanIndexForward: false,
          },
        ],
      }
    : { kind: 'scan', keyAttributes: ['objectId'], parts: [{ TableName: tables.ingestions }] };
  return paged(doc, read, q.limit, q.cursor);
}

export async function getArticle(doc: DynamoDBDocumentClient, tables: ReadTables, id: string) {
  const out = await doc.send(new GetCommand({ TableName: tables.articles, Key: { id } }));
  return out.Item;
}

export async function listProvinces(doc: DynamoDBDocumentClient, tables: ReadTables, scheme: Scheme) {
  const items = await queryAll(doc, {
    TableName: tables.metrics,
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': provinceListPk(scheme) },
  });
  const totals = new Map(
    items.map((i) => [String(i.sk), { articles: count(i.articles), figures: count(i.figures) }]),
  );
  const known = provincesOf(scheme);
  const slugs = [...new Set([...known.map((p) => p.slug), ...totals.keys()])];
  return slugs
    .map((slug) => ({
      slug,
      name: provinceName(slug)?.name ?? slug,
      ...(totals.get(slug) ?? { articles: 0, figures: 0 }),
    }))
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

export async function provinceMetrics(
  doc: DynamoDBDocumentClient,
  tables: ReadTables,
  scheme: Scheme,
  slug: string,
) {
  const items = await queryAll(doc, {
    TableName: tables.metrics,
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': provincePk(scheme, slug) },
  });
  let totals = { articles: 0, figures: 0 };
  const metrics = [];
  for (const item of items) {
    if (item.sk === TOTAL_SK) {
      totals = { articles: count(item.articles), figures: count(item.figures) };
      continue;
    }
    const tu = parseTopicUnitSk(String(item.sk));
    if (!tu || count(item.figures) === 0) continue;
    const sum = Number(item.sum ?? 0);
    const figures = count(item.figures);
    metrics.push({
      ...tu,
      sum,
      mean: Math.round((sum / figures) * 1e6) / 1e6,
      figures,
      articles: count(item.articles),
    });
  }
  return { items: items.length, totals, metrics };
}

/**
 * One topic × unit in every province of a scheme (the map's data): one BatchGetItem of the provinces'
 * counters (at most 100 keys a call; 64 for the named scheme), provinces without figures left out.
 */
export async function topicUnitMetrics(
  doc: DynamoDBDocumentClient,
  tables: ReadTables,
  scheme: Scheme,
  topic: Topic,
  unit: Unit,
) {
  const slugs = provincesOf(scheme)
    .map((p) => p.slug)
    .sort((a, b) => a.localeCompare(b));
  const found = new Map<string, Record<string, unknown>>();
  for (let i = 0; i < slugs.length; i += 100) {
    let keys: Record<string, unknown>[] | undefined = slugs
      .slice(i, i + 100)
      .map((slug) => ({ ...topicUnitKey(scheme, slug, topic, unit) }));
    for (let attempt = 0; keys && keys.length > 0; attempt++) {
      if (attempt > 0) await new Promise((done) => setTimeout(done, Math.min(1000, 25 * 2 ** attempt)));
      const out: BatchGetCommandOutput = await doc.send(
        new BatchGetCommand({ RequestItems: { [tables.metrics]: { Keys: keys } } }),
      );
      for (const item of out.Responses?.[tables.metrics] ?? []) found.set(String(item.pk), item);
      keys = out.UnprocessedKeys?.[tables.metrics]?.Keys;
    }
  }
  return slugs.flatMap((slug) => {
    const item = found.get(provincePk(scheme, slug));
    const figures = count(item?.figures);
    if (!item || figures === 0) return [];
    const sum = Number(item.sum ?? 0);
    return [
      {
        slug,
        name: provinceName(slug)?.name ?? slug,
        sum,
        mean: Math.round((sum / figures) * 1e6) / 1e6,
        figures,
        articles: count(item.articles),
      },
    ];
  });
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
