/**
 * The article's text as the extraction engine read it, and the spans to highlight in it. Figure offsets
 * are into the normalized body (lambdas/extract/structure): the title line when the title was a line of
 * its own, then each section's heading and paragraphs, joined by '\n'. Which of the two layouts the record
 * had is not stored, so the one at which the figures' texts are found at their offsets is taken.
 * Places and people carry no offsets in the record: their names are found in the text (case and
 * diacritics ignored), every occurrence outside a figure's span.
 */
import type { ArticleRecord } from './types.js';

export type SpanKind = 'figure' | 'place' | 'person';
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly kind: SpanKind;
  /** Index into record.figures for figures; the name otherwise. */
  readonly ref: number | string;
}

type BodySource = Pick<ArticleRecord, 'title' | 'sections' | 'figures'>;

function joined(record: BodySource, withTitle: boolean): string {
  const lines = withTitle ? [record.title] : [];
  for (const s of record.sections) {
    if (s.heading !== null) lines.push(s.heading);
    lines.push(...s.paragraphs);
  }
  return lines.join('\n');
}

const fits = (body: string, f: BodySource['figures'][number]) =>
  body.slice(f.start, f.start + f.text.length) === f.text;

/** The normalized body, and how many of the figures are found at their offsets in it. */
export function articleBody(record: BodySource): { body: string; titleInBody: boolean; placed: number } {
  const candidates = [true, false].map((titleInBody) => {
    const body = joined(record, titleInBody);
    return { body, titleInBody, placed: record.figures.filter((f) => fits(body, f)).length };
  });
  return candidates[1]!.placed > candidates[0]!.placed ? candidates[1]! : candidates[0]!;
}

/** Lower case without diacritics, one UTF-16 unit per unit of the input, so offsets carry over. */
export function foldSameLength(text: string): string {
  let out = '';
  for (const ch of text) {
    const base = ch.normalize('NFD')[0] ?? ch;
    const folded = (base === 'đ' || base === 'Đ' ? 'd' : base).toLowerCase();
    out +=
      folded.length === ch.length ? folded : ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch;
  }
  return out;
}

/** Figure spans at their offsets, then place and person names wherever they occur outside those. */
export function highlightSpans(
  record: BodySource & Pick<ArticleRecord, 'provinces' | 'localities' | 'people'>,
  body: string,
): Span[] {
  const spans: Span[] = [];
  const overlaps = (start: number, end: number) => spans.some((s) => start < s.end && s.start < end);
  record.figures.forEach((f, i) => {
    if (fits(body, f) && !overlaps(f.start, f.start + f.text.length))
      spans.push({ start: f.start, end: f.start + f.text.length, kind: 'figure', ref: i });
  });
  const folded = foldSameLength(body);
  const names: [SpanKind, string][] = [
    ...record.people.map((p): [SpanKind, string] => ['person', p.name]),
    ...record.localities.map((l): [SpanKind, string] => ['place', l.name]),
    ...record.provinces.map((p): [SpanKind, string] => ['place', p.name]),
  ];
  // Longer names first: "Thành phố Hồ Chí Minh" before "Hồ Chí Minh".
  names.sort((a, b) => b[1].length - a[1].length);
  for (const [kind, name] of names) {
    const needle = foldSameLength(name);
    if (needle.length < 2) continue;
    for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + needle.length)) {
      const end = at + needle.length;
      const wordEdge =
        !/[\p{L}\p{N}]/u.test(folded[at - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(folded[end] ?? ' ');
      if (wordEdge && !overlaps(at, end)) spans.push({ start: at, end, kind, ref: name });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}
