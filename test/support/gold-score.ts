/**
 * Scores extracted articles against the gold annotations the same way ../shared/eval/score.py does, so the
 * vitest acceptance test and the independent scorer report the same numbers.
 */
import { z } from 'zod';
import type { ExtractedArticle } from '../../lambdas/shared/article.js';

export const GoldSchema = z.object({
  articles: z.array(
    z.object({
      file: z.string(),
      language: z.string(),
      primary_province: z.string().nullable(),
      provinces: z.array(z.string()),
      people: z.array(z.object({ name: z.string(), rank: z.string().nullable() })),
      figures: z.array(
        z.object({
          value: z.number(),
          unit: z.string(),
          topic: z.string(),
          evidence: z.string(),
          /** Other units a reader may equally give this figure. */
          alt_units: z.array(z.string()).default([]),
          /** A photo caption's figure: may or may not be read, never scored (as score.py). */
          caption: z.boolean().default(false),
        }),
      ),
      not_figures: z.array(z.string()).default([]),
    }),
  ),
});
export type Gold = z.infer<typeof GoldSchema>;
type GoldArticle = Gold['articles'][number];

const ALIASES: Record<string, string> = {
  'ha-noi': 'hanoi',
  'ho-chi-minh': 'hcmc',
  'ho-chi-minh-ville': 'hcmc',
  'tp-hcm': 'hcmc',
  saigon: 'hcmc',
  hue: 'thua-thien-hue',
};

export function scorerSlug(
  value: string | { slug?: string; name?: string } | null | undefined,
): string | null {
  if (value == null) return null;
  const raw = typeof value === 'string' ? value : (value.slug ?? value.name ?? '');
  const s = raw
    .normalize('NFD')
    .replace(/[đĐ]/g, 'd')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/\b(province|city|municipality)\b/g, ' ')
    // Only a leading "thành phố" or "tỉnh", as score.py does: "Hà Tĩnh" and a person named Tính keep theirs.
    .replace(/^\s*(thanh pho|tinh)\s+/, ' ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return ALIASES[s] ?? s;
}

/** Names in scripts without a Latin transliteration (黄文南) are compared as written, as score.py does. */
const nameKey = (s: string): string =>
  (scorerSlug(s) ?? '').replace(/-/g, '') || s.normalize('NFC').replace(/ /g, '');

export interface FileReport {
  file: string;
  problems: string[];
  /** Output figure index → the gold figure (index) it was matched to. */
  matches: Map<number, number>;
}

export interface Score {
  language: number;
  primary: number;
  provinceF1: number;
  peopleRecall: number;
  /** Share of listed people who are gold people (officials); suspects and non-names are extras. */
  peoplePrecision: number;
  rankAccuracy: number;
  figureRecall: number;
  figurePrecision: number;
  topicAccuracy: number;
  files: FileReport[];
}

export function score(gold: readonly GoldArticle[], records: readonly ExtractedArticle[]): Score {
  let lang = 0;
  let primary = 0;
  let provTp = 0;
  let provFp = 0;
  let provFn = 0;
  let pplGold = 0;
  let pplTp = 0;
  let pplOut = 0;
  let pplExtra = 0;
  let rankOk = 0;
  let figGold = 0;
  let figTp = 0;
  let figOut = 0;
  let topicOk = 0;
  const files: FileReport[] = [];

  gold.forEach((g, i) => {
    const r = records[i]!;
    const problems: string[] = [];
    if (r.language === g.language) lang++;
    else problems.push(`language ${r.language} ≠ ${g.language}`);

    const gp = scorerSlug(g.primary_province);
    const rp = scorerSlug(r.primaryProvince);
    if (gp === rp) primary++;
    else problems.push(`primary ${rp} ≠ ${gp}`);

    const gs = new Set(g.provinces.map((p) => scorerSlug(p)));
    const rs = new Set(r.provinces.map((p) => scorerSlug(p)));
    for (const p of rs) {
      if (gs.has(p)) provTp++;
      else {
        provFp++;
        problems.push(`extra province ${p}`);
      }
    }
    for (const p of gs) {
      if (!rs.has(p)) {
        provFn++;
        problems.push(`missed province ${p}`);
      }
    }

    const goldKeys = new Set(g.people.map((p) => nameKey(p.name)));
    for (const q of r.people) {
      pplOut++;
      if (!goldKeys.has(nameKey(q.name))) {
        pplExtra++;
        problems.push(`extra person ${q.name}`);
      }
    }
    for (const p of g.people) {
      pplGold++;
      const hit = r.people.find((q) => nameKey(q.name) === nameKey(p.name));
      if (!hit) {
        problems.push(`missed person ${p.name}`);
        continue;
      }
      pplTp++;
      if ((hit.rank ?? null) === p.rank) rankOk++;
      else problems.push(`rank of ${p.name}: ${hit.rank} ≠ ${p.rank}`);
    }

    const used = new Set<number>();
    const matches = new Map<number, number>();
    let optional = 0;
    g.figures.forEach((f, k) => {
      const found = r.figures.findIndex(
        (x, j) =>
          !used.has(j) &&
          Math.abs(x.value - f.value) <= 1e-6 * Math.max(1, Math.abs(f.value)) &&
          (x.unit === f.unit || f.alt_units.includes(x.unit)),
      );
      if (found >= 0) {
        used.add(found);
        matches.set(found, k);
      }
      if (f.caption) {
        if (found >= 0) optional++;
        return;
      }
      figGold++;
      if (found < 0) {
        problems.push(`missed figure ${f.value} ${f.unit} «${f.evidence}»`);
        return;
      }
      figTp++;
      const got = r.figures[found]!;
      if (got.topic === f.topic) topicOk++;
      else problems.push(`topic of «${f.evidence}»: ${got.topic} ≠ ${f.topic}`);
    });
    figOut += r.figures.length - optional;
    r.figures.forEach((x, j) => {
      if (!used.has(j)) problems.push(`extra figure ${x.value} ${x.unit} «${x.text}»`);
    });
    files.push({ file: g.file, problems, matches });
  });

  return {
    language: lang / gold.length,
    primary: primary / gold.length,
    provinceF1: provTp ? (2 * provTp) / (2 * provTp + provFp + provFn) : 0,
    peopleRecall: pplGold ? pplTp / pplGold : 1,
    peoplePrecision: pplOut ? (pplOut - pplExtra) / pplOut : 1,
    rankAccuracy: pplTp ? rankOk / pplTp : 0,
    figureRecall: figGold ? figTp / figGold : 1,
    figurePrecision: figOut ? figTp / figOut : 0,
    topicAccuracy: figTp ? topicOk / figTp : 0,
    files,
  };
}

export function formatReport(s: Score): string {
  const head = `language=${s.language.toFixed(2)} primary=${s.primary.toFixed(2)} province_f1=${s.provinceF1.toFixed(2)} people_recall=${s.peopleRecall.toFixed(2)} people_precision=${s.peoplePrecision.toFixed(2)} rank_acc=${s.rankAccuracy.toFixed(2)} fig_recall=${s.figureRecall.toFixed(2)} fig_precision=${s.figurePrecision.toFixed(2)} topic_acc=${s.topicAccuracy.toFixed(2)}`;
  const lines = s.files.flatMap((f) =>
    f.problems.length ? [f.file, ...f.problems.map((p) => `    ${p}`)] : [],
  );
  return [head, ...lines].join('\n');
}
