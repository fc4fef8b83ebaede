/**
 * Article: its text with every figure highlighted at the record's offsets (places and people where their
 * names occur), hover for value, unit, topic and province; its story and other languages when the record
 * names them; a link to the object.
 */
import { ApiError, api, loadConfig, type ArticleRecord } from '../api.js';
import { articleBody, highlightSpans, type Span } from '../body.js';
import { toCsv } from '../csv.js';
import { csvButton, formatNumber, h, message } from '../dom.js';
import type { Params, View } from './view.js';

export const articleView: View = async (_params: Params, id = '') => {
  let record: ArticleRecord & {
    story?: { id: string; representative: boolean; siblings: { id: string; language: string }[] };
  };
  try {
    record = await api(`/articles/${encodeURIComponent(id)}`);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404)
      return message('error', `Unknown article “${id}”`, `No article has this id. ${error.message}.`);
    throw error;
  }
  const { body, placed } = articleBody(record);
  const spans = highlightSpans(record, body);
  const tooltip = h('div', { class: 'tooltip', role: 'tooltip', hidden: true });
  const describe = (span: Span): string => {
    if (span.kind !== 'figure') return `${span.kind}: ${span.ref}`;
    const f = record.figures[span.ref as number]!;
    const province = f.province ?? record.primaryProvince?.slug ?? 'national';
    return `${formatNumber(f.value)} ${f.unit}${f.currency && f.currency !== 'VND' ? ` (${f.currency})` : ''} · ${f.topic} · ${province}${f.approximate ? ' · approximate' : ''}${f.target ? ' · target' : ''}`;
  };
  const text = h('div', { class: 'article-body', lang: record.language });
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    text.append(body.slice(at, span.start));
    const label = describe(span);
    const mark = h(
      'mark',
      {
        class: `hl hl-${span.kind}`,
        'data-kind': span.kind,
        'data-start': span.start,
        'data-end': span.end,
        title: label,
        tabindex: 0,
      },
      body.slice(span.start, span.end),
    );
    if (span.kind === 'figure') {
      const f = record.figures[span.ref as number]!;
      mark.dataset.value = String(f.value);
      mark.dataset.unit = f.unit;
      mark.dataset.topic = f.topic;
    }
    mark.addEventListener('mousemove', (e) => {
      tooltip.hidden = false;
      tooltip.textContent = label;
      tooltip.style.left = `${e.pageX + 12}px`;
      tooltip.style.top = `${e.pageY + 12}px`;
    });
    mark.addEventListener('mouseleave', () => (tooltip.hidden = true));
    text.append(mark);
    at = span.end;
  }
  text.append(body.slice(at));

  const config = await loadConfig();
  const objectUri = `s3://${record.bucket}/${record.key}`;
  const objectLink = config.objectUrl
    ? h(
        'a',
        {
          href: config.objectUrl
            .replace('{bucket}', encodeURIComponent(record.bucket))
            .replace('{key}', encodeURIComponent(record.key)),
          target: '_blank',
          rel: 'noopener',
        },
        objectUri,
      )
    : h('code', {}, objectUri);
  const figureRows = record.figures.map((f) => [
    f.value,
    f.unit,
    f.topic,
    f.currency,
    f.province ?? record.primaryProvince?.slug ?? 'national',
    f.approximate,
    f.target,
    f.start,
    f.text,
  ]);
  const header = ['value', 'unit', 'topic', 'currency', 'province', 'approximate', 'target', 'start', 'text'];
  const csv = () =>
    toCsv(
      ['article', ...header],
      figureRows.map((r) => [record.id, ...r]),
    );
  return h(
    'section',
    { class: 'view article-view', 'data-id': record.id },
    h('h1', {}, record.title || record.key),
    h(
      'dl',
      { class: 'meta' },
      h('dt', {}, 'Language'),
      h('dd', {}, record.language),
      h('dt', {}, 'Province'),
      h(
        'dd',
        {},
        record.primaryProvince
          ? h('a', { href: `#/province/${record.primaryProvince.slug}` }, record.primaryProvince.name)
          : 'national',
      ),
      h('dt', {}, 'Date'),
      h('dd', {}, record.published ?? record.ingestedAt),
      h('dt', {}, 'Object'),
      h('dd', {}, objectLink, ` (version ${record.version})`),
      h('dt', {}, 'Story'),
      h(
        'dd',
        {},
        record.storyId
          ? h(
              'code',
              { class: 'story' },
              record.storyId,
              record.story?.representative ? ' (this copy counts)' : '',
            )
          : 'not available (this API has no stories yet)',
      ),
      record.story?.siblings.length
        ? [
            h('dt', {}, 'Other languages'),
            h(
              'dd',
              {},
              record.story.siblings.map((s, i) => [
                i ? ', ' : '',
                h('a', { href: `#/article/${s.id}` }, s.language),
              ]),
            ),
          ]
        : null,
    ),
    h(
      'p',
      { class: 'legend-inline' },
      h('mark', { class: 'hl hl-figure' }, 'figure'),
      ' ',
      h('mark', { class: 'hl hl-place' }, 'place'),
      ' ',
      h('mark', { class: 'hl hl-person' }, 'person'),
      ` · ${placed} of ${record.figures.length} figures placed at their offsets`,
      record.truncated ? ' · text truncated in storage' : '',
    ),
    text,
    tooltip,
    h(
      'div',
      { class: 'toolbar' },
      h('h2', {}, 'Figures'),
      csvButton(`provincewire-article-${record.id}-figures.csv`, csv),
    ),
    h(
      'table',
      { class: 'data figures' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          header.map((c) => h('th', {}, c)),
        ),
      ),
      h(
        'tbody',
        {},
        figureRows.map((r) =>
          h(
            'tr',
            {},
            r.map((v) => h('td', {}, v === undefined ? '' : String(v))),
          ),
        ),
      ),
    ),
    h('h2', {}, 'Places'),
    h(
      'p',
      {},
      [
        ...record.provinces.map((p) => p.name),
        ...record.localities.map((l) => `${l.name} (${l.kind}, ${l.province.name})`),
      ].join(' · ') || '—',
    ),
    h('h2', {}, 'People'),
    h(
      'p',
      {},
      record.people
        .map((p) => [p.rank, p.name, p.role ? `(${p.role})` : ''].filter(Boolean).join(' '))
        .join(' · ') || '—',
    ),
  );
};
