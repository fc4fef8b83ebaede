/**
 * Figures stage: every number in the body that counts something, with its unit, topic and flags.
 *
 * One extractor for every language; what differs (number format, number words, unit nouns, date, duration
 * and name words, cues) is data in lexicons/<lang>/figures.json. The pass is linear: tokenize once, read
 * each number's neighbourhood, then resolve pairs ("7 sur 19 communes"), totalities ("11/11") and
 * elliptical counts ("sur les 64 tâches, 14 ont été réalisées") in text order.
 */
import type { Document, PlaceMention } from '../types.js';
import type { Figure } from '../../shared/article.js';
import { countFigures, type Candidate } from './count.js';
import { finish, leadParagraph, paragraphsOf, type Context } from './finish.js';
import { cueTextOf, lexiconFor, type CompiledLexicon } from './lexicon.js';
import { withFatedSingles } from './fated.js';
import { withTallySingles } from './tally.js';
import { withDefiniteNumbers } from './definite-number.js';
import { withBareSingles } from './bare-single.js';
import { withListedSingles } from './listed.js';
import { withLoneOnes } from './alone.js';
import { withArticleMeasures } from './measured.js';
import { readNumbers } from './read.js';
import { tokenize, type Token } from './tokens.js';
import { wholeCount } from './whole.js';
import { outsidePlaces } from './in-place.js';
import { withoutAlternatives } from './alternatives.js';
import { withoutBodyShares } from './body-share.js';
import { withoutBilateralSides } from './bilateral.js';
import { byNetwork, figureCues, findCues, tellsScam, withCasePersons, withConversions } from './topic.js';
import type { LineCues } from './topic.js';
import { writtenWithoutMarks } from '../text/vietnamese.js';
import { linesOf, subjectOf } from './subject.js';
import { withModelNames } from './models.js';

export { lexiconFor } from './lexicon.js';

/** What every stage after the count reads besides the figures found so far. */
interface StageInput {
  readonly doc: Document;
  readonly tokens: readonly Token[];
  readonly lex: CompiledLexicon;
  readonly places: readonly PlaceMention[];
}

interface Stage {
  /** The figures found so far, with this stage's class added or taken out, in text order. */
  readonly run: (input: StageInput, found: Candidate[]) => Candidate[];
  /** The stage can find figures in an article where the earlier stages found none; the others are skipped then. */
  readonly addsToNone: boolean;
}

/** A stage that adds its class of figures (a lone "one", a definite number…) to those found before. */
const adding = (
  add: (doc: Document, tokens: readonly Token[], lex: CompiledLexicon, found: Candidate[]) => Candidate[],
  addsToNone = true,
): Stage => ({ run: (i, found) => add(i.doc, i.tokens, i.lex, found), addsToNone });

/** A stage that takes a class of numbers out of those found ("two or three", a share of a body, a place's). */
const removing = (run: Stage['run']): Stage => ({ run, addsToNone: false });

/**
 * The stages after the count, in the order they run; each sees what the earlier ones found. Adding: definite
 * numbers after their nouns (definite-number.ts), listed singles (listed.ts, only beside counted figures), fated
 * singles (fated.ts), tallied ones (tally.ts), bare singles after a fate (bare-single.ts), lone ones (alone.ts,
 * only beside counted figures) and measures of one (measured.ts). Removing: guesses ("two or three",
 * alternatives.ts), shares of a body burned (body-share.ts), sides of a bilateral relation (bilateral.ts), and
 * numbers inside a place's name (in-place.ts).
 */
const STAGES: readonly Stage[] = [
  adding(withDefiniteNumbers),
  adding(withListedSingles, false),
  adding(withFatedSingles),
  adding(withTallySingles),
  adding(withBareSingles),
  adding(withLoneOnes, false),
  adding(withArticleMeasures),
  removing((i, found) => withoutAlternatives(i.doc.language, i.tokens, found)),
  removing((i, found) => withoutBodyShares(i.tokens, i.lex, found)),
  removing((i, found) => withoutBilateralSides(i.tokens, i.lex, found)),
  removing((i, found) => outsidePlaces(found, i.tokens, i.places)),
];

/** tokenize → read each number (read.ts) → count (count.ts) → the STAGES above, in order → topic cues → finish each figure (finish.ts). */
export function extractFigures(doc: Document, places: readonly PlaceMention[]): Figure[] {
  const marked = lexiconFor(doc.language);
  // Cues with diacritics cannot match a text typed without them: that text is read with folded cues.
  const lex = marked.unmarked && writtenWithoutMarks(doc.body) ? marked.unmarked : marked;
  const tokens = tokenize(doc.body, doc.folded, lex);
  const counted = countFigures(doc, tokens, lex, readNumbers(doc, tokens, lex));
  const input: StageInput = { doc, tokens, lex, places };
  const out = STAGES.reduce(
    (found, stage) => (found.length === 0 && !stage.addsToNone ? found : stage.run(input, found)),
    counted,
  );
  if (out.length === 0) return [];
  const cueText = cueTextOf(doc.folded, lex, doc.body);
  const lead = leadParagraph(doc.body);
  const paragraphs = paragraphsOf(doc.body, out, lead);
  // Every line's cues, found once for the three searches below (the figures' paragraphs, then all lines).
  const lines: LineCues = new Map();
  // A fraud in the figures' paragraphs is a scam's when any paragraph of the article tells its means.
  const scamElsewhere = (): boolean => {
    const all = linesOf(doc.body);
    return tellsScam(findCues(cueText, lex, all, lead, lines), all, lead);
  };
  const cues = withModelNames(
    byNetwork(findCues(cueText, lex, paragraphs, lead, lines), paragraphs, lead, scamElsewhere),
    cueText,
    lex.glued,
  );
  const subject = subjectOf(cueText, lex, doc.body, cues, lead, tokens, lines);
  const { topic: main, crimeStory, weak, named } = subject;
  const ctx: Context = {
    doc,
    tokens,
    lex,
    places: [...places].sort((a, b) => a.start - b.start),
    cueText,
    cues: figureCues(cues, main, named, crimeStory),
    articleTopic: main,
    crimeStory,
    weakTopic: weak,
    goals: new Map(),
  };
  return withConversions(
    withCasePersons(
      out.map((c) => {
        const t = tokens[c.index];
        return finish(ctx, t ? wholeCount(c, doc.body.slice(t.start, t.end)) : c);
      }),
      ctx.cues,
      doc.body,
    ),
    doc.body,
  );
}
