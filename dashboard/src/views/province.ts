/**
 * Province: totals by topic × unit, monthly charts when the API has monthly metrics, its stories when the
 * API has stories, and its articles newest first with filters.
 */
import * as Plot from '@observablehq/plot';
import {
  ApiError,
  api,
  hasRoute,
  parameter,
  query,
  type ArticlePage,
  type ProvinceMetrics,
  type Scheme,
} from '../api.js';
import { toCsv } from '../csv.js';
import { csvButton, formatNumber, h, message } from '../dom.js';
import type { Params, View } from './view.js';

type Metric = ProvinceMetrics['metrics'][number] & { stories?: number; month?: string };

export const provinceView: View = async (params: Params, slug = '') => {
  const scheme: Scheme = params.get('scheme') === '2025' ? '2025' : 'named';
  let data: ProvinceMetrics & { totals: { stories?: number } };
  try {
    data = await api(`/provinces/${encodeURIComponent(slug)}/metrics${query({ scheme })}`);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404)
      return message(
        'error',
        `Unknown province “${slug}”`,
        `There is no province “${slug}” in the ${scheme} scheme. ${error.message}.`,
      );
    throw error;
  }
  const metrics = data.metrics as Metric[];
  const hasStories = metrics.some((m) => m.stories !== undefined);
  const columns = [
    'topic',
    'unit',
    'sum',
    'mean',
    'figures',
    'articles',
    ...(hasStories ? ['stories'] : []),
  ] as const;
  const csv = () =>
    toCsv(
      ['scheme', 'province', ...columns],
      metrics.map((m) => [
        scheme,
        data.province.slug,
        ...columns.map((c) => m[c as keyof Metric] as number | string),
      ]),
    );
  const totals = h(
    'p',
    { class: 'totals', 'data-articles': data.totals.articles, 'data-figures': data.totals.figures },
    `${data.totals.articles} articles · ${data.totals.figures} figures`,
    data.totals.stories !== undefined ? ` · ${data.totals.stories} stories` : '',
  );
  const table = h(
    'table',
    { class: 'data metrics' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        columns.map((c) => h('th', {}, c)),
      ),
    ),
    h(
      'tbody',
      {},
      metrics.map((m) =>
        h(
          'tr',
          { 'data-topic': m.topic, 'data-unit': m.unit },
          columns.map((c) => {
            const v = m[c as keyof Metric];
            return h(
              'td',
              { class: typeof v === 'number' ? 'num' : '', 'data-col': c, 'data-value': String(v ?? '') },
              typeof v === 'number' ? formatNumber(v) : String(v ?? ''),
            );
          }),
        ),
      ),
    ),
  );
  const chart = metrics.length
    ? Plot.plot({
        marginLeft: 140,
        height: 24 * metrics.length + 40,
        x: { label: 'figures', grid: true },
        y: { label: null },
        marks: [
          Plot.barX(metrics, {
            y: (m: Metric) => `${m.topic} × ${m.unit}`,
            x: 'figures',
            fill: 'steelblue',
            sort: { y: '-x' },
            tip: true,
          }),
          Plot.ruleX([0]),
        ],
      })
    : message('info', 'No figures yet', 'No article has a figure in this province.');

  const [monthly, stories, articles] = await Promise.all([
    monthlySection(slug, scheme),
    storiesSection(slug),
    articlesSection(params, slug, scheme),
  ]);
  return h(
    'section',
    { class: 'view province-view', 'data-slug': data.province.slug },
    h('p', {}, h('a', { href: `#/map?scheme=${scheme}` }, '← Map')),
    h('h1', {}, data.province.name, h('small', {}, ` ${scheme === '2025' ? '(2025 unit)' : '(as named)'}`)),
    totals,
    h(
      'div',
      { class: 'toolbar' },
      h('h2', {}, 'Totals by topic × unit'),
      csvButton(`provincewire-${data.province.slug}-${scheme}-metrics.csv`, csv),
    ),
    table,
    chart,
    monthly,
    stories,
    articles,
  );
};

/** Monthly metrics exist when the API documents by=month on this route (issue 10 adds it). */
async function monthlySection(slug: string, scheme: Scheme): Promise<HTMLElement> {
  const by = await parameter('/provinces/{slug}/metrics', 'by');
  if (!by?.schema?.enum?.includes('month'))
    return h(
      'div',
      { class: 'monthly', 'data-unavailable': 'monthly' },
      h('h2', {}, 'By month'),
      message(
        'info',
        'Monthly metrics: not available',
        'This API has no monthly metrics yet (GET /provinces/{slug}/metrics documents no by=month).',
      ),
    );
  const data = await api<{ months?: { month: string; metrics: Metric[] }[] }>(
    `/provinces/${encodeURIComponent(slug)}/metrics${query({ scheme, by: 'month' })}`,
  );
  // The API answers each month with its own topic × unit aggregates: one row per month × topic × unit.
  const rows = (data.months ?? []).flatMap(({ month, metrics }) => metrics.map((m) => ({ ...m, month })));
  const csv = () =>
    toCsv(
      ['month', 'topic', 'unit', 'sum', 'mean', 'figures', 'articles'],
      rows.map((m) => [m.month, m.topic, m.unit, m.sum, m.mean, m.figures, m.articles]),
    );
  return h(
    'div',
    { class: 'monthly' },
    h(
      'div',
      { class: 'toolbar' },
      h('h2', {}, 'By month'),
      csvButton(`provincewire-${slug}-${scheme}-monthly.csv`, csv),
    ),
    rows.length
      ? Plot.plot({
          height: 260,
          x: { type: 'band', label: 'month' },
          y: { label: 'figures', grid: true },
          color: { legend: true },
          marks: [
            Plot.barY(rows, {
              x: 'month',
              y: 'figures',
              fill: (m: Metric) => `${m.topic} × ${m.unit}`,
              tip: true,
            }),
          ],
        })
      : message('info', 'No monthly figures'),
  );
}

async function storiesSection(slug: string): Promise<HTMLElement> {
  if (!(await hasRoute('/stories')))
    return h(
      'div',
      { class: 'stories', 'data-unavailable': 'stories' },
      h('h2', {}, 'Stories'),
      h('p', { class: 'note' }, 'Stories: not available from this API yet.'),
    );
  const page = await api<{ items: Record<string, unknown>[] }>(
    `/stories${query({ province: slug, limit: 50 })}`,
  );
  const fields = [
    ...new Set(page.items.flatMap((s) => Object.keys(s).filter((k) => typeof s[k] !== 'object'))),
  ];
  const csv = () =>
    toCsv(
      fields,
      page.items.map((s) => fields.map((f) => s[f] as string)),
    );
  return h(
    'div',
    { class: 'stories' },
    h(
      'div',
      { class: 'toolbar' },
      h('h2', {}, 'Stories'),
      csvButton(`provincewire-${slug}-stories.csv`, csv),
    ),
    h(
      'table',
      { class: 'data' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          fields.map((f) => h('th', {}, f)),
        ),
      ),
      h(
        'tbody',
        {},
        page.items.map((s) =>
          h(
            'tr',
            {},
            fields.map((f) => h('td', {}, String(s[f] ?? ''))),
          ),
        ),
      ),
    ),
  );
}

async function articlesSection(params: Params, slug: string, scheme: Scheme): Promise<HTMLElement> {
  const language = params.get('language') ?? undefined;
  const topic = params.get('topic') ?? undefined;
  const topicParam = await parameter('/articles', 'topic');
  const page = await api<ArticlePage>(`/articles${query({ province: slug, language, topic, limit: 50 })}`);
  const items = page.items;
  const dateOf = (a: ArticlePage['items'][number]) => a.published ?? a.ingestedAt;
  const set = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    location.hash = `#/province/${slug}?${next}`;
  };
  const csv = () =>
    toCsv(
      ['id', 'date', 'language', 'title', 'key', 'figures', 'topics', 'storyId'],
      items.map((a) => [
        a.id,
        dateOf(a),
        a.language,
        a.title,
        a.key,
        a.figures.length,
        a.topics.join(' '),
        a.storyId,
      ]),
    );
  return h(
    'div',
    { class: 'articles' },
    h(
      'div',
      { class: 'toolbar' },
      h('h2', {}, 'Articles with it as primary province, newest first'),
      csvButton(`provincewire-${slug}-${scheme}-articles.csv`, csv),
    ),
    h(
      'form',
      { class: 'controls', onsubmit: (e: Event) => e.preventDefault() },
      h(
        'label',
        {},
        'language ',
        h('input', {
          name: 'language',
          size: 3,
          maxlength: 2,
          value: language ?? '',
          placeholder: 'any',
          onchange: (e: Event) => set('language', (e.target as HTMLInputElement).value.trim().toLowerCase()),
        }),
      ),
      h(
        'label',
        {},
        'topic ',
        h(
          'select',
          { name: 'topic', onchange: (e: Event) => set('topic', (e.target as HTMLSelectElement).value) },
          h('option', { value: '' }, 'any'),
          (topicParam?.schema?.enum ?? []).map((t) => h('option', { value: t, selected: t === topic }, t)),
        ),
      ),
    ),
    items.length
      ? h(
          'table',
          { class: 'data' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ['Date', 'Title', 'Language', 'Figures', 'Topics'].map((c) => h('th', {}, c)),
            ),
          ),
          h(
            'tbody',
            {},
            items.map((a) =>
              h(
                'tr',
                { 'data-id': a.id },
                h('td', {}, dateOf(a).slice(0, 10)),
                h('td', {}, h('a', { href: `#/article/${a.id}` }, a.title || a.key)),
                h('td', {}, a.language),
                h('td', { class: 'num' }, a.figures.length),
                h('td', {}, a.topics.join(', ')),
              ),
            ),
          ),
        )
      : message('info', 'No articles', 'No article matches these filters.'),
    page.nextCursor ? h('p', { class: 'note' }, 'Showing the 50 newest.') : null,
  );
}
