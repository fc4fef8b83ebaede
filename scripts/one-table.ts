/** Analysis (issue #9): every "one" written as an indefinite article or the word one before a counted noun in the tuning texts, against the gold. */
import { readFileSync } from 'node:fs';
import { extractArticle, makeDocument } from '../lambdas/extract/index.js';
import { parseStructure } from '../lambdas/extract/structure/index.js';
import { lexiconFor } from '../lambdas/extract/figures/lexicon.js';
import { tokenize } from '../lambdas/extract/figures/tokens.js';
import { matchUnit } from '../lambdas/extract/figures/read.js';
import { isIndefiniteArticle } from '../lambdas/extract/figures/listed.js';

const dir = 'test/fixtures/real/tuning/';
const gold = JSON.parse(readFileSync('test/fixtures/real/tuning.gold.json', 'utf8'));
const rows: string[] = [];
for (const a of gold.articles) {
  const text = readFileSync(dir + a.file, 'utf8');
  const res = extractArticle(new TextEncoder().encode(text));
  if (!res.ok) continue;
  const body = parseStructure(text).body;
  const doc = makeDocument(body, res.article.language);
  const lex = lexiconFor(doc.language);
  const tokens = tokenize(doc.body, doc.folded, lex);
  const low = body.toLowerCase();
  const goldOnes = (a.figures as { value: number; unit: string; evidence: string }[])
    .filter((f) => f.value === 1)
    .map((f) => {
      const s = low.indexOf(f.evidence.toLowerCase());
      return { ...f, s, e: s + f.evidence.length };
    });
  const used = new Set<number>();
  for (let j = 0; j < tokens.length - 1; j++) {
    const t = tokens[j]!;
    const one = isIndefiniteArticle(doc, t, lex) || (t.kind === 'num' && t.spelled && t.value === 1);
    if (!one) continue;
    const u = matchUnit(tokens, j + 1, lex) ?? matchUnit(tokens, j + 2, lex);
    if (!u || u.end !== undefined || u.entry.counter || u.entry.currency) continue;
    const end = tokens[u.last]!.end;
    const gi = goldOnes.findIndex((g) => g.s >= 0 && g.s < end && g.e > t.start);
    if (gi >= 0) used.add(gi);
    const eng = res.article.figures.some(
      (f) => f.value === 1 && f.start < end && f.start + f.text.length > t.start,
    );
    let a0 = j,
      b0 = u.last;
    while (a0 > 0 && tokens[a0 - 1]!.kind !== 'punct') a0--;
    while (b0 < tokens.length - 1 && tokens[b0 + 1]!.kind !== 'punct') b0++;
    const fate = tokens.slice(a0, b0 + 1).some((x) => x.kind === 'word' && lex.fateVerbs.has(x.text));
    const ctx = body
      .slice(Math.max(tokens[a0]!.start, t.start - 60), Math.min(tokens[b0]!.end, end + 50))
      .replace(/\s+/g, ' ');
    rows.push(
      [
        a.file.slice(0, 6),
        doc.language,
        t.kind === 'num' ? 'num' : 'art',
        u.entry.unit === 'person' ? 'person' : 'thing',
        fate ? 'fate' : '-',
        gi >= 0 ? 'GOLD' : 'no',
        eng ? 'ENG' : '-',
        ctx,
      ].join('\t'),
    );
  }
  goldOnes.forEach((g, i) => {
    if (!used.has(i))
      rows.push(
        [a.file.slice(0, 6), doc.language, 'goldonly', g.unit, '', 'GOLD', '', g.evidence].join('\t'),
      );
  });
}
console.log(rows.join('\n'));
