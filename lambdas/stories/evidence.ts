/**
 * The language-independent evidence of one article: what two copies of a story keep whatever language they
 * are written in and whoever rewrote them. Words are not evidence (two translations share none); what
 * survives translation is the people named (Vietnamese names, folded), the places (gazetteer slugs), the
 * numbers with what they count, and the day.
 */
import { z } from 'zod';
import type { ExtractedArticle } from '../shared/article.js';
import { SlugSchema } from '../shared/article.js';

import { DateSourceSchema, IsoDateSchema, type Published } from '../shared/published.js';
import { StageSchema, TopicSchema, UnitSchema } from '../shared/vocabulary.js';
import { fold } from '../extract/text/fold.js';
import { romanizeVietnameseName } from '../extract/people/romanize.js';
import { findStage, leadParagraphCount } from '../extract/stage/index.js';
import { EMPTY_FINGERPRINT, TextFingerprintSchema } from '../shared/fingerprint.js';
import { textFingerprint } from './fingerprint.js';
import { scriptTextNames, textNames } from './text-names.js';

/**
 * How far the date can be trusted: 'day' (metadata, key, or a text date with its year), 'day-month' (a text
 * date whose year was supplied: its day and month are the article's, its year a guess) or 'none' (the
 * upload date, which says when we got the file, not when it was written).
 */
export const DatePrecisionSchema = z.enum(['day', 'day-month', 'none']);
export type DatePrecision = z.infer<typeof DatePrecisionSchema>;

export const EvidenceFigureSchema = z.object({
  value: z.number().finite(),
  unit: UnitSchema,
  /** How many times the article reports it: the multiset of (value, unit). */
  count: z.number().int().positive(),
  /** Reported at least once as approximate ("more than 150", "about 300"); absent means exact. */
  approximate: z.boolean().optional(),
});
export type EvidenceFigure = z.infer<typeof EvidenceFigureSchema>;

export const StoryEvidenceSchema = z.object({
  id: z.string().min(1),
  language: z.string(),
  published: IsoDateSchema,
  dateSource: DateSourceSchema,
  datePrecision: DatePrecisionSchema,
  /**
   * The 2025 unit of the province the article is mainly about (the engine's primary province), or null.
   * Stored evidence written before it existed reads as null.
   */
  primary: SlugSchema.nullable().default(null),
  /** 2025 units (successors) of every province the article names or names a locality of, sorted. */
  provinces: z.array(SlugSchema),
  /** `<province as named>/<locality slug>`, sorted: a district slug alone repeats across provinces. */
  localities: z.array(z.string()),
  /** Person names folded (lower case, no diacritics, single spaces), sorted, distinct. */
  people: z.array(z.string()),
  /** Distinct (value, unit) pairs with their counts, sorted by unit then value. Targets are left out. */
  figures: z.array(EvidenceFigureSchema),
  /**
   * The first amount (kg, VND) the text reports, in the order of its text: what a seizure's report is about
   * ("20 bricks weighing 7.5 kg"), or null. Stored evidence written before it existed reads as null.
   */
  leadAmount: z.object({ value: z.number(), unit: UnitSchema }).nullable().default(null),
  /**
   * The first head count of 10 or more (persons: the dead, the missing, the arrested) the title and lead give
   * (leadParagraphCount: whole paragraphs up to LEAD_CHARS), in the order of the text: the toll a report is about, as
   * leadAmount is a seizure's; a toll the body gives after it may be another event's, recalled. Null when the
   * lead gives none, and in stored evidence written before session 18.
   */
  leadToll: z.object({ value: z.number(), approximate: z.boolean().optional() }).nullable().default(null),
  /**
   * The stage of its case the report is about (the event, prosecution, indictment, trial, verdict, appeal),
   * read from its title and lead by the language's stage cues; null when the language has no stage cues, and
   * in stored evidence written before it existed.
   */
  stage: StageSchema.nullable().default(null),
  /**
   * Head counts of 10 or more the text gives only in sentences that name a province other than its main one
   * (each occurrence naming a province names another; at least one names one): tolls of an event elsewhere,
   * recalled ("a week after another landslide in Huế killed 13"). Sorted. Empty in evidence stored before
   * session 18.
   */
  elsewhere: z.array(z.number()).default([]),
  /**
   * The numbers the text itself writes (lambdas/shared/fingerprint.ts), against which the other copy's figures
   * are checked (similarity.ts, textMatch). Stored evidence written before session 16 reads as empty.
   */
  text: TextFingerprintSchema.default(EMPTY_FINGERPRINT),
  /**
   * The Vietnamese names of three words or more the text writes by shape, officials or not (text-names.ts):
   * the defendant or the suspect every copy names with no rank. Folded, sorted. Checked against the other
   * copy's names and people (similarity.ts, textNames). Empty in evidence stored before session 24.
   */
  names: z.array(z.string()).default([]),
  /**
   * The Vietnamese names the text writes in Hangul, Thai, Devanagari or katakana (text-names.ts,
   * scriptTextNames), read back to Latin and folded, sorted, none of `names` or `people`. Kept apart because a
   * common phrase of such a language may read as a name: they meet only the other copy's names and people
   * (similarity.ts, namesBothWrite), never its own script names. Empty in evidence stored before session 49.
   */
  scriptNames: z.array(z.string()).default([]),
  /**
   * The event's kind as the engine reads it, language-independent: the topics of the figures (drugs, crime,
   * traffic, fire...; 'other' left out, it says nothing of the kind), distinct, in the order of their first
   * figure in the text (the first is what the report leads with). Two copies of one event agree on its kind;
   * two look-alikes of one district and day (a crash and a drug bust sharing "2 persons") often do not. Empty
   * when no figure names a topic. Read by the kind factor between undated copies (similarity.ts
   * undatedKindConflict, since session 55) and by kindConflict (off); stored since session 55. Evidence stored
   * before carries none, and reads as unknown (never a conflict).
   */
  kinds: z.array(TopicSchema).optional(),
});
export type StoryEvidence = z.infer<typeof StoryEvidenceSchema>;

/** What the evidence is read from: the extracted article (or its stored record) and its id. */
export type EvidenceSource = Pick<
  ExtractedArticle,
  'language' | 'title' | 'sections' | 'provinces' | 'localities' | 'people' | 'figures' | 'textDate'
> & { readonly id: string; readonly primaryProvince?: ExtractedArticle['primaryProvince'] };

/** What storyEvidence writes beyond what the stories stage reads at run time. */
export interface EvidenceOptions {
  /**
   * The event's kind (StoryEvidence.kinds): written unless false (stored since session 55; false reads evidence
   * as stored before).
   */
  readonly kinds?: boolean;
}

export function storyEvidence(
  article: EvidenceSource,
  date: Published,
  options: EvidenceOptions = {},
): StoryEvidence {
  const provinces = new Set<string>();
  for (const p of article.provinces) provinces.add(p.successor.slug);
  for (const l of article.localities) provinces.add(l.province.successor.slug);

  const figures = new Map<string, EvidenceFigure>();
  for (const f of article.figures) {
    // A goal is not an event: two reports of one plan are not two copies of one story.
    if (f.target) continue;
    const key = `${f.unit}\u0000${f.value}`;
    const hit = figures.get(key);
    figures.set(key, {
      value: f.value,
      unit: f.unit,
      count: (hit?.count ?? 0) + 1,
      ...((hit?.approximate ?? false) || f.approximate ? { approximate: true } : {}),
    });
  }

  const texts = [article.title, ...article.sections.flatMap((s) => s.paragraphs)];
  const names = textNames(article.language, texts, foldName);
  const people = [...new Set(article.people.map((p) => foldName(p.name)).filter((n) => n.includes(' ')))];
  return {
    id: article.id,
    language: article.language,
    published: date.published,
    dateSource: date.dateSource,
    datePrecision: precisionOf(date, article.textDate?.year ?? null),
    primary: article.primaryProvince?.successor.slug ?? null,
    provinces: [...provinces].sort(),
    localities: [...new Set(article.localities.map((l) => `${l.province.slug}/${l.slug}`))].sort(),
    people: [...people].sort(),
    figures: [...figures.values()].sort((a, b) =>
      a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : a.value - b.value,
    ),
    leadAmount: (() => {
      const first = article.figures
        .filter((f) => !f.target && (f.unit === 'kg' || f.unit === 'vnd'))
        .sort((x, y) => x.start - y.start)[0];
      return first ? { value: first.value, unit: first.unit } : null;
    })(),
    leadToll: leadTollOf(article),
    elsewhere: tollsElsewhere(article),
    stage: findStage(article),
    text: textFingerprint(texts),
    names: names.sort(),
    scriptNames: scriptTextNames(texts)
      .filter((n) => !names.includes(n) && !people.includes(n))
      .sort(),
    ...(options.kinds === false ? {} : { kinds: kindsOf(article) }),
  };
}

/** The topics of the figures, 'other' and targets left out, in the order of their first figure (StoryEvidence.kinds). */
function kindsOf(article: EvidenceSource): StoryEvidence['kinds'] {
  const kinds: StoryEvidence['kinds'] = [];
  for (const f of [...article.figures].sort((x, y) => x.start - y.start)) {
    if (f.target || f.topic === 'other' || kinds.includes(f.topic)) continue;
    kinds.push(f.topic);
  }
  return kinds;
}

/**
 * The first head count of 10 or more in the title and lead (StoryEvidence.leadToll). Figure offsets are in the
 * body (the title when it is a line of its own, then headings and paragraphs, one per line), so the lead ends
 * where the paragraph after the lead's last one starts.
 */
function leadTollOf(article: EvidenceSource): StoryEvidence['leadToll'] {
  const paragraphs = article.sections.flatMap((s) => s.paragraphs);
  const first = paragraphs[0] ?? '';
  // A title cut from the first paragraph (no title line) is not a line of the body.
  let end = first.startsWith(article.title) ? 0 : article.title.length + 1;
  let left = leadParagraphCount(article);
  for (const section of article.sections) {
    if (left === 0) break;
    if (section.heading !== null) end += section.heading.length + 1;
    for (const paragraph of section.paragraphs) {
      if (left === 0) break;
      end += paragraph.length + 1;
      left -= 1;
    }
  }
  const toll = article.figures
    .filter((f) => !f.target && f.unit === 'person' && f.value >= 10 && f.start < end)
    .sort((x, y) => x.start - y.start)[0];
  if (!toll) return null;
  return { value: toll.value, ...(toll.approximate ? { approximate: true } : {}) };
}

/** Head counts of 10 or more given only in sentences naming another province than the main one. */
function tollsElsewhere(article: EvidenceSource): number[] {
  const main = article.primaryProvince?.successor.slug ?? null;
  if (main === null) return [];
  const successor = new Map<string, string>();
  for (const p of article.provinces) successor.set(p.slug, p.successor.slug);
  for (const l of article.localities) successor.set(l.province.slug, l.province.successor.slug);
  const located = new Map<number, boolean>();
  for (const f of article.figures) {
    if (f.target || f.unit !== 'person' || f.value < 10 || f.province === null) continue;
    const away = (successor.get(f.province) ?? f.province) !== main;
    located.set(f.value, (located.get(f.value) ?? true) && away);
  }
  return [...located]
    .filter(([, away]) => away)
    .map(([v]) => v)
    .sort((x, y) => x - y);
}

function precisionOf(date: Published, textYear: number | null): DatePrecision {
  if (date.dateSource === 'upload') return 'none';
  if (date.dateSource === 'text' && textYear === null) return 'day-month';
  return 'day';
}

/**
 * "Sùng Thị Mải" and "Sung Thi Mai" are one name: folded, single-spaced. A name written in Cyrillic, Thai,
 * katakana, Hangul or Han characters ("Нгуен Ван Лонг", "グエン・ヴァン・フン", "阮文台") is read back to its
 * Latin form first, so a copy in Russian, Japanese, Korean or Chinese names the same officials.
 */
export function foldName(name: string): string {
  const romanized = romanizeVietnameseName(name);
  // Combining signs stay: in Devanagari, Bengali or Tamil they are the vowels ("गुयेन", not "ग य न"); folding
  // has already taken them off Latin letters.
  const folded =
    romanized ??
    fold(name.normalize('NFC'))
      .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
      .trim();
  const [family, ...rest] = folded.split(' ');
  const one = family === undefined ? undefined : FAMILY_DOUBLETS.get(family);
  return one === undefined || rest.length === 0 ? folded : [one, ...rest].join(' ');
}

/**
 * Family names Vietnamese writes two ways, one Han character each: the southern reading beside the northern
 * (Võ and Vũ are 武, Huỳnh and Hoàng 黃). One official is "Võ Văn Hưng" in a Latin copy and 武文雄 in a
 * Chinese one, read back as "vu van hung"; folded to one spelling, the copies name the same person.
 */
const FAMILY_DOUBLETS: ReadonlyMap<string, string> = new Map([
  ['vo', 'vu'],
  ['huynh', 'hoang'],
]);
