/**
 * Map: every province as a tile placed like the country, coloured by one topic × unit (one API call:
 * GET /metrics), in either scheme; hover for the value, click to open the province.
 */
import * as Plot from '@observablehq/plot';
import provinces2025 from '../../../lambdas/extract/data/provinces-2025.json' with { type: 'json' };
import { api, parameter, query, type Scheme, type TopicUnitMetrics } from '../api.js';
import { toCsv } from '../csv.js';
import { csvButton, formatNumber, h, svg } from '../dom.js';
import { layoutTiles } from '../tiles.js';
import { CAPITALS } from '../tiles.js';
import type { Params, View } from './view.js';

const SIZE = 36;
const GAP = 3;

type Row = TopicUnitMetrics['provinces'][number];
type Measure = 'sum' | 'mean';

/** The provinces of a scheme as tiles: the 63 as named (plus 'hue'), or the 34 units since 2025-07-01. */
function schemeTiles(scheme: Scheme) {
  if (scheme === '2025')
    return layoutTiles(provinces2025.units.map((u) => ({ slug: u.slug, members: u.merged })));
  return layoutTiles(Object.keys(CAPITALS).map((slug) => ({ slug })));
}

const abbreviation = (name: string) =>
  name
    .split(/[\s-]+/)
    .map((w) => w[0] ?? '')
    .join('')
    .toUpperCase()
    .slice(0, 3);

export const mapView: View = async (params: Params) => {
  const [topicParam, unitParam, fromParam] = await Promise.all([
    parameter('/metrics', 'topic'),
    parameter('/metrics', 'unit'),
    parameter('/metrics', 'from'),
  ]);
  const topics = topicParam?.schema?.enum ?? ['drugs'];
  const units = unitParam?.schema?.enum ?? ['case'];
  const scheme: Scheme = params.get('scheme') === '2025' ? '2025' : 'named';
  const topic = topics.includes(params.get('topic') ?? '')
    ? params.get('topic')!
    : topics.includes('drugs')
      ? 'drugs'
      : topics[0]!;
  const unit = units.includes(params.get('unit') ?? '')
    ? params.get('unit')!
    : units.includes('case')
      ? 'case'
      : units[0]!;
  const measure: Measure =
    params.get('measure') === 'mean' || (!params.get('measure') && unit === 'percent') ? 'mean' : 'sum';
  // A date range (months of publication, inclusive) only when the API documents one on this route; it lives
  // in the hash like every other choice, so a ranged map is a link.
  const range = fromParam ? { from: params.get('from') || undefined, to: params.get('to') || undefined } : {};
  const period = range.from || range.to ? `${range.from ?? '…'} to ${range.to ?? '…'}` : undefined;

  const data = await api<TopicUnitMetrics>(`/metrics${query({ scheme, topic, unit, ...range })}`);
  const bySlug = new Map<string, Row>(data.provinces.map((p) => [p.slug, p]));
  const values = data.provinces.map((p) => p[measure]);
  const max = Math.max(1, ...values);
  const color = Plot.scale({ color: { type: 'sqrt', scheme: 'blues', domain: [0, max] } });

  const set = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams({
      scheme,
      topic,
      unit,
      measure,
      ...(range.from ? { from: range.from } : {}),
      ...(range.to ? { to: range.to } : {}),
    });
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    location.hash = `#/map?${next}`;
  };
  const select = (name: string, options: readonly string[], value: string) =>
    h(
      'label',
      {},
      `${name} `,
      h(
        'select',
        { name, onchange: (e: Event) => set({ [name]: (e.target as HTMLSelectElement).value }) },
        options.map((o) => h('option', { value: o, selected: o === value }, o)),
      ),
    );

  const tooltip = h('div', { class: 'tooltip', role: 'tooltip', hidden: true });
  const tiles = schemeTiles(scheme);
  const cols = Math.max(...tiles.map((t) => t.col)) + 1;
  const rows = Math.max(...tiles.map((t) => t.row)) + 1;
  const names = new Map<string, string>(provinces2025.units.map((u) => [u.slug, u.name]));
  const map = svg('svg', {
    class: 'tile-map',
    viewBox: `0 0 ${cols * (SIZE + GAP)} ${rows * (SIZE + GAP)}`,
    width: cols * (SIZE + GAP),
    height: rows * (SIZE + GAP),
    role: 'img',
    'aria-label': `Map of provinces by ${topic} × ${unit}`,
  });
  for (const tile of tiles) {
    const row = bySlug.get(tile.slug);
    const value = row?.[measure];
    const name = row?.name ?? names.get(tile.slug) ?? tile.slug;
    const label = row
      ? `${name}: ${formatNumber(value!)} ${unit} (${measure}; ${row.figures} figures, ${row.articles} articles)`
      : `${name}: no figures`;
    const g = svg(
      'g',
      {
        class: row ? 'tile has-data' : 'tile',
        transform: `translate(${tile.col * (SIZE + GAP)},${tile.row * (SIZE + GAP)})`,
        'data-slug': tile.slug,
        'data-name': name,
        ...(row
          ? {
              'data-value': String(value),
              'data-figures': String(row.figures),
              'data-articles': String(row.articles),
            }
          : {}),
        tabindex: 0,
        role: 'link',
        'aria-label': label,
      },
      svg('title', {}, label),
      svg('rect', { width: SIZE, height: SIZE, rx: 4, fill: row ? String(color.apply(value)) : '#eee' }),
      svg(
        'text',
        {
          x: SIZE / 2,
          y: 15,
          'text-anchor': 'middle',
          class: value !== undefined && value > max * 0.55 ? 'light' : '',
        },
        abbreviation(name),
      ),
      svg(
        'text',
        {
          x: SIZE / 2,
          y: 31,
          'text-anchor': 'middle',
          class: `value ${value !== undefined && value > max * 0.55 ? 'light' : ''}`,
        },
        row ? compact(value!) : '',
      ),
    );
    const open = () => (location.hash = `#/province/${tile.slug}?scheme=${scheme}`);
    g.addEventListener('click', open);
    g.addEventListener('keydown', (e) => (e as KeyboardEvent).key === 'Enter' && open());
    g.addEventListener('mousemove', (e) => {
      tooltip.hidden = false;
      tooltip.textContent = label;
      tooltip.style.left = `${(e as MouseEvent).pageX + 12}px`;
      tooltip.style.top = `${(e as MouseEvent).pageY + 12}px`;
    });
    g.addEventListener('mouseleave', () => (tooltip.hidden = true));
    map.append(g);
  }
  const placed = new Set(tiles.map((t) => t.slug));
  const offMap = data.provinces.filter((p) => !placed.has(p.slug));

  const csv = () =>
    toCsv(
      ['scheme', 'topic', 'unit', 'slug', 'name', 'sum', 'mean', 'figures', 'articles'],
      data.provinces.map((p) => [scheme, topic, unit, p.slug, p.name, p.sum, p.mean, p.figures, p.articles]),
    );
  const ranked = [...data.provinces].sort((a, b) => b[measure] - a[measure]);
  return h(
    'section',
    {
      class: 'view map-view',
      'data-scheme': scheme,
      'data-topic': topic,
      'data-unit': unit,
      'data-from': range.from,
      'data-to': range.to,
    },
    h('h1', {}, `${topic} × ${unit} by province`, period ? `, ${period}` : ''),
    h(
      'form',
      { class: 'controls', onsubmit: (e: Event) => e.preventDefault() },
      select('scheme', ['named', '2025'], scheme),
      select('topic', topics, topic),
      select('unit', units, unit),
      select('measure', ['sum', 'mean'], measure),
      fromParam
        ? [
            h(
              'label',
              {},
              'from ',
              h('input', {
                type: 'month',
                name: 'from',
                value: range.from ?? '',
                max: range.to,
                onchange: (e: Event) => set({ from: (e.target as HTMLInputElement).value }),
              }),
            ),
            h(
              'label',
              {},
              'to ',
              h('input', {
                type: 'month',
                name: 'to',
                value: range.to ?? '',
                min: range.from,
                onchange: (e: Event) => set({ to: (e.target as HTMLInputElement).value }),
              }),
            ),
          ]
        : h(
            'span',
            { class: 'note', 'data-unavailable': 'date-range' },
            'Date range: not available (this API has no monthly metrics)',
          ),
      csvButton(
        `provincewire-${scheme}-${topic}-${unit}${range.from || range.to ? `-${range.from ?? ''}_${range.to ?? ''}` : ''}.csv`,
        csv,
      ),
    ),
    h(
      'p',
      { class: 'note' },
      scheme === '2025'
        ? '34 units since 2025-07-01'
        : 'Provinces as the articles name them (63 before 2025)',
      ` · ${period ? `published ${period}` : 'all time'}`,
      ` · ${data.provinces.length} with figures · one tile per unit, placed like the country`,
    ),
    h(
      'div',
      { class: 'map-wrap' },
      map,
      h(
        'div',
        { class: 'legend' },
        Plot.legend({
          color: { type: 'sqrt', scheme: 'blues', domain: [0, max], label: `${measure} of ${unit}` },
        }),
      ),
    ),
    offMap.length
      ? h(
          'p',
          { class: 'note off-map' },
          'Not on the map: ',
          offMap.map((p, i) => [
            i ? ', ' : '',
            h(
              'a',
              { href: `#/province/${p.slug}?scheme=${scheme}`, 'data-slug': p.slug },
              `${p.name} ${formatNumber(p[measure])}`,
            ),
          ]),
        )
      : null,
    tooltip,
    h(
      'table',
      { class: 'data' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['Province', 'Sum', 'Mean', 'Figures', 'Articles'].map((c) => h('th', {}, c)),
        ),
      ),
      h(
        'tbody',
        {},
        ranked.map((p) =>
          h(
            'tr',
            { 'data-slug': p.slug },
            h('td', {}, h('a', { href: `#/province/${p.slug}?scheme=${scheme}` }, p.name)),
            h('td', { class: 'num' }, formatNumber(p.sum)),
            h('td', { class: 'num' }, formatNumber(p.mean)),
            h('td', { class: 'num' }, p.figures),
            h('td', { class: 'num' }, p.articles),
          ),
        ),
      ),
    ),
  );
};

function compact(n: number): string {
  return Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 }).format(n);
}
