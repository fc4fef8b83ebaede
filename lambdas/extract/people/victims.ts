/**
 * Officers the story happens to: the record lists the officials who act or speak in an article, and a
 * police officer killed or injured on duty ("Thiếu tá X hy sinh", "Major X was seriously injured", "X少佐が
 * 殉職", "der verletzte Polizist X") is a victim it tells of, rank or not. Read once the mentions are merged
 * (merge.ts), over every place the article writes the name: a harm word next to it in one place and no verb
 * of saying, directing or leading after it in any other drops the person; an injured officer who speaks
 * ("Colonel X, who was injured, said ...") stays. A later mention by rank and given name alone ("Leutnant Lam
 * wird ... verletzt", "Lieutenant Phat died") is a place the article writes the name too (shortMentions).
 * The object of an active arrest verb ("경찰은 X 중령을 체포했다", arrest-object.ts) is a defendant and is dropped
 * whatever else the name does.
 */
import type { Person } from '../../shared/article.js';
import { softStemForms } from '../text/cyrillic-declension.js';
import { isSpaceCode } from '../text/chars.js';
import { escapeRegExp } from '../text/regex.js';
import { HAN_OR_KANA } from '../text/scripts.js';
import { boundedMemo } from '../text/memo.js';
import { quotedSpans, spanHolding } from '../text/quotes.js';
import { spanAt } from '../text/search.js';
import { wordsBeforeStart } from '../text/words.js';
import type { Span } from '../text/sentences.js';
import { NAME_CONJUNCTIONS } from './conjunctions.js';
import type { CompiledPeople } from './lexicon.js';
import { rankAtEnd } from './rank-before.js';

export interface ReadText {
  readonly text: string;
  /** `lower()` of the text (same offsets). */
  readonly lowered: string;
  readonly sentences: readonly Span[];
}

/** The words right after a name where its harm is told ("was seriously injured", "bị thương nặng"). */
const WORDS_AFTER = /^(?:\s*[^\s]+){1,8}/u;
/**
 * An apposition right after a name, between commas ("Лейтенант X, начальник штаба поста, открыл огонь"): the
 * name's office, after which its own verb comes. No sentence break inside.
 */
const APPOSITION = /^\s*,[^,.;:!?،]{1,80},/u;

/** The words right after a name where its harm is told, an apposition after it counted with them. */
function nearAfter(after: string): string {
  const apposition = APPOSITION.exec(after)?.[0] ?? '';
  return apposition + (WORDS_AFTER.exec(after.slice(apposition.length))?.[0] ?? '');
}

/** The characters right after a name in Han or kana: its title, a particle and the verb ("少佐を殺害"). */
const UNITS_AFTER = 16;
/**
 * The words before a name where a harm word describes it ("the injured officer, Captain X", "der verletzte
 * Polizist X"), a comma between or not.
 */
const WORDS_BEFORE = 5;

export function withoutVictims(people: Person[], texts: readonly ReadText[], lex: CompiledPeople): Person[] {
  const { harmWord, attackWord, actWord } = lex;
  if (harmWord === null && lex.arrestObject === null) return people;
  // Each person's declined spelling is one pattern for every text (declinedMentions), kept for the next article.
  const declined = people.map((p) => declinedPatternOf(lex.inflectionSuffixes)(p.name));
  // Where every person is written in each text: a harm word binds to the nearest of them (bindsTo).
  const written = texts.map(({ text, lowered, sentences }) =>
    people.map((p, i) => [
      ...fullMentions(text, p.name),
      ...declinedMentions(text, p.name, declined[i]!),
      ...shortMentions(p, text, lowered, sentences, lex),
    ]),
  );
  // Every text's mentions with their person, listed once per text: each mention reads the others' from it.
  const everyone: Mentions[] = written.map((perPerson) =>
    perPerson.flatMap((spans, owner) => spans.map(([at, end]) => ({ at, end, owner }))),
  );
  // The object of an active arrest verb is a defendant wherever else the name speaks or acts (arrest-object.ts).
  const arrested = (i: number): boolean =>
    lex.arrestObject !== null &&
    texts.some(({ text, lowered, sentences }, k) =>
      written[k]![i]!.some(([, end]) => {
        const sentenceEnd = spanAt(sentences, end - 1)?.end ?? text.length;
        return lex.arrestObject!.test(lowered.slice(end, Math.max(end, sentenceEnd)));
      }),
    );
  // Each sentence's quotations, per text, keyed by the sentence's extent (a name outside every sentence reads
  // the whole text as one).
  const quoted = texts.map(() => new Map<string, Array<[number, number]>>());
  const quotesOf = (k: number, { start, end }: Span): Array<[number, number]> => {
    const key = `${start}:${end}`;
    let spans = quoted[k]!.get(key);
    if (spans === undefined) {
      spans = quotedSpans(texts[k]!.lowered, start, end);
      quoted[k]!.set(key, spans);
    }
    return spans;
  };
  return people.filter((p, i) => {
    if (arrested(i)) return false;
    if (harmWord === null) return true;
    let harmed = false;
    for (const [k, { text, lowered, sentences }] of texts.entries()) {
      for (const [at, end] of written[k]![i]!) {
        const sentence = spanAt(sentences, at) ?? { start: 0, end: text.length, text };
        const after = lowered.slice(end, Math.max(end, sentence.end));
        // A verb of saying or directing after the name, before the next person's: the holder acts in the
        // story, harmed or not ("Major X died, Colonel Y led the inquiry": Y leads, not X).
        let nextOther = sentence.end;
        for (const o of everyone[k]!) if (o.owner !== i && o.at >= end && o.at < nextOther) nextOther = o.at;
        const actEnd = nextOther < sentence.end ? invertedReportAt(lowered, end, nextOther, lex) : nextOther;
        if (actWord?.test(lowered.slice(end, Math.max(end, actEnd))) === true) return true;
        const beforeStart = wordsBeforeStart(lowered, Math.max(sentence.start, at - 80), at, WORDS_BEFORE);
        const before = lowered.slice(beforeStart, at);
        // The speaker a source word names before its title ("по словам полковника X, ...", "said Colonel X."),
        // the name closing its clause: the holder speaks in the story.
        if (lex.sourceBefore?.test(before) === true && CLAUSE_CLOSE.test(lowered.slice(end, end + 2)))
          return true;
        // The same speaker with no comma after the name, the rank right after the source word: German and
        // Dutch put the verb right after the phrase ("Laut Oberstleutnant X wurden zwei Menschen verletzt",
        // "Volgens luitenant-kolonel X zijn twee mensen gewond"), the harm is the story told.
        if (lex.sourceAtEnd !== null) {
          const rank = rankAtEnd(before, lex);
          if (rank !== null && lex.sourceAtEnd.test(before.slice(0, rank.index))) return true;
        }
        // A harm word the person's quoted words tell ("X 대령은 \"…2명이 다쳤다\"고 했다", "Colonel X said: \"two
        // were hurt\"") is the speaker's report of others: it never binds to a name outside that quotation.
        // Read only once a harm word is found (most mentions have none), and once per sentence.
        const unquoted = (h: readonly [number, number]): boolean => {
          const quotes = quotesOf(k, sentence);
          const q = spanHolding(quotes, h[0], h[1]);
          return q < 0 || q === spanHolding(quotes, at, end);
        };
        // Han and kana write no spaces: what follows a name there is read by characters, elsewhere by words.
        if (HAN_OR_KANA.test(p.name)) {
          const windows: Array<[number, number]> = [
            [end, Math.min(end + UNITS_AFTER, Math.max(end, sentence.end))],
            [beforeStart, at],
          ];
          if (windows.some(([from, to]) => harmAt(lowered, from, to, lex.harmWordAll).some(unquoted)))
            harmed = true;
        } else {
          const near = nearAfter(after);
          const windows: Array<[number, number, RegExp | null]> = [
            [end, end + near.length, lex.harmWordAll],
            [beforeStart, at, lex.harmOnlyAll],
          ];
          for (const [from, to, cue] of windows)
            if (
              harmAt(lowered, from, to, cue).some(
                (h) => unquoted(h) && bindsTo(lowered, h, [at, end], i, everyone[k]!, sentence),
              )
            )
              harmed = true;
          // An attack verb right after a holder of an office alone, nearest to his name: the assailant ("X,
          // jefe de la agencia, disparó") or the one shot ("Y, a quien disparó"). A ranked officer who fires
          // acts in the line of duty ("El coronel X disparó contra el sospechoso").
          if (
            p.rank === null &&
            harmAt(lowered, end, end + near.length, lex.attackWordAll).some(
              (h) => unquoted(h) && bindsTo(lowered, h, [at, end], i, everyone[k]!, sentence),
            )
          )
            harmed = true;
          // The subject that opens the sentence of an attack it goes on to tell, the attack verb coordinated with
          // his first one ("X, jefe de la agencia, se personó en la oficina de Y … y disparó contra él"): the
          // assailant, however far on the verb stands.
          if (
            p.rank === null &&
            opensSentence(lowered, sentence, at, i, everyone[k]!) &&
            harmAt(lowered, end, sentence.end, lex.attackWordAll).some(
              (h) => unquoted(h) && COORDINATED.test(lowered.slice(Math.max(end, h[0] - 8), h[0])),
            )
          )
            harmed = true;
        }
        // The object of an attack told earlier in the sentence ("disparó … a los subdirectores X y Y").
        if (attackWord?.test(lowered.slice(sentence.start, at))) harmed = true;
      }
    }
    return !harmed;
  });
}

/** Where other persons are written in a text: each mention's span and the index of its person. */
type Mentions = ReadonlyArray<{ readonly at: number; readonly end: number; readonly owner: number }>;

/** The clause breaks an inverted report follows ("X was injured, said Colonel Y"). */
const CLAUSE_BREAK = /[,;:–—،、，]/gu;
/**
 * Most words of an inverted report after its verb (and the auxiliary before it): the next person's title
 * ("сообщил начальник полиции полковник", "ha dichiarato il tenente colonnello").
 */
const TITLE_WORDS = 3;
/**
 * The auxiliary a compound past opens an inverted report with ("a indiqué le colonel", "ha dichiarato il
 * colonnello"): one short word before the verb of saying.
 */
const AUXILIARY = /^\s*[\p{L}]{1,3}\s+/u;

/**
 * Where the words between a name and the next person's stop being the first name's: a verb of saying or
 * directing right after the last clause break, then nothing but words ending in the next person's rank, is that
 * person's inverted report ("Старший лейтенант X получил ранение, сообщил полковник Y", "Lieutenant X was hurt,
 * said Colonel Y"): Y speaks, not X. `to` (the next name's start) when there is none; never a clause that goes
 * on ("X, who was injured, said that Colonel Y ...": the rank does not follow the verb alone).
 */
function invertedReportAt(lowered: string, from: number, to: number, lex: CompiledPeople): number {
  if (lex.actWord === null) return to;
  const stretch = lowered.slice(from, to);
  let cut = -1;
  for (const m of stretch.matchAll(CLAUSE_BREAK)) cut = m.index;
  if (cut < 0) return to;
  const tail = stretch.slice(cut + 1);
  // The verb opens the tail, an auxiliary before it or not, and no other verb or complementizer stands after
  // it ("said that Colonel"; the participle of "ha dichiarato" is the verb's own).
  const verb = lex.actWord.exec(tail);
  const opens = tail.search(/\S/u);
  if (verb === null || (verb.index !== opens && verb.index !== (AUXILIARY.exec(tail)?.[0].length ?? opens)))
    return to;
  const title = tail.slice(verb.index + verb[0].length);
  const words = title
    .trim()
    .split(/\s+/u)
    .filter((w) => w !== '');
  if (words.length < 1 || words.length > TITLE_WORDS || lex.actWord.test(title)) return to;
  return rankAtEnd(tail, lex) === null ? to : from + cut;
}

/** A comma, colon or full stop right after a name (a space allowed): the name closes its clause. */
const CLAUSE_CLOSE = /^\s?[,;:.!?،]/u;

/** A conjunction right before a verb: it shares the subject of the verb before it. */
const COORDINATED = new RegExp(`(?:^|\\s)(?:${NAME_CONJUNCTIONS.map(escapeRegExp).join('|')})\\s+$`, 'u');
/** Most words of an opening phrase before a sentence's subject ("A horas tempranas de ayer,"). */
const OPENING_WORDS = 6;

/**
 * Whether the mention at `at` is its sentence's subject: first in it, or after a short opening phrase closed by
 * a comma, no other person's name before it.
 */
function opensSentence(
  lowered: string,
  sentence: Span,
  at: number,
  self: number,
  everyone: Mentions,
): boolean {
  if (everyone.some((o) => o.owner !== self && o.at >= sentence.start && o.at < at)) return false;
  const lead = lowered.slice(sentence.start, at).trim();
  return lead === '' || (lead.endsWith(',') && lead.split(/\s+/u).length <= OPENING_WORDS);
}

/** Where each word of lowered[from, to) that `all` (a global cue: harm words, attack verbs) finds stands. */
function harmAt(lowered: string, from: number, to: number, all: RegExp | null): Array<[number, number]> {
  if (all === null || to <= from) return [];
  const found: Array<[number, number]> = [];
  for (const m of lowered.slice(from, to).matchAll(all)) {
    // A stem's match ends inside its word ("ранен" of "раненого"): the word is the harm word's extent.
    let end = from + m.index + m[0].length;
    while (end < lowered.length && LETTER.test(lowered[end]!)) end++;
    found.push([from + m.index, end]);
  }
  return found;
}

/**
 * Whether a harm word tells of this mention rather than of another person's in its sentence: the nearest in
 * words wins, and on a tie the name after the word, whose attribute it then is ("Major X died, Colonel Y ..."
 * binds "died" to X; "Colonel Y visited the injured Major X" binds "injured" to X, never to Y).
 */
function bindsTo(
  lowered: string,
  harm: readonly [number, number],
  mine: readonly [number, number],
  self: number,
  everyone: Mentions,
  sentence: Span,
): boolean {
  const distance = (at: number, end: number): number =>
    end <= harm[0] ? wordCount(lowered, end, harm[0]) : wordCount(lowered, harm[1], at) - 0.5;
  const own = distance(mine[0], mine[1]);
  for (const other of everyone) {
    if (other.owner === self || other.at < sentence.start || other.end > sentence.end) continue;
    // Another person's name the harm word stands inside (a longer spelling of this one) is no rival.
    if (other.end > harm[0] && other.at < harm[1]) continue;
    if (distance(other.at, other.end) < own) return false;
  }
  return true;
}

/** How many words lowered[from, to) holds (runs of units other than white space). */
function wordCount(lowered: string, from: number, to: number): number {
  let n = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const space = isSpaceCode(lowered.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

function* fullMentions(text: string, name: string): Generator<[number, number]> {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) yield [at, at + name.length];
}

/**
 * Where the name stands declined, in the languages that decline it ("Майора Ле Ван Тханя госпитализировали",
 * "kapitana Nguyena Van Anha"): each word as written, with one of the language's case endings (lexicon
 * inflectionSuffixes), or a soft stem's ending in place of its soft sign ("Тхань" → "Тханя"). The merged
 * person keeps the nominative, so the oblique places the harm is told in are not found as written.
 */
function declinedPattern(name: string, suffixes: readonly string[]): RegExp | null {
  const endings = suffixes.filter((s) => s !== '').map(escapeRegExp);
  if (endings.length === 0 || HAN_OR_KANA.test(name)) return null;
  const word = (w: string): string =>
    `(?:${softStemForms(w).map(escapeRegExp).join('|')}|${escapeRegExp(w)}(?:${endings.join('|')}))`;
  // `\p{L}|\p{M}`, not the class `[\p{L}\p{M}]`, which matches the same code points: a regex is compiled for
  // every name, and the class of the two compiles in twice the time of both alone (about 0.9 ms against 0.4).
  return new RegExp(`(?<!\\p{L}|\\p{M})${name.split(/\s+/u).map(word).join('\\s+')}(?!\\p{L}|\\p{M})`, 'gu');
}

/**
 * declinedPattern per lexicon's suffixes, remembered by name (boundedMemo): a person is read in every article
 * that names them, and building the pattern (its source, then the regex) cost about a tenth of the people stage
 * of a Polish text. A pattern is only ever read by matchAll, which searches a copy of it: one regex serves all.
 */
const declinedPatterns = new WeakMap<readonly string[], (name: string) => RegExp | null>();

function declinedPatternOf(suffixes: readonly string[]): (name: string) => RegExp | null {
  let memo = declinedPatterns.get(suffixes);
  if (memo === undefined) {
    memo = boundedMemo((name) => declinedPattern(name, suffixes), 1024);
    declinedPatterns.set(suffixes, memo);
  }
  return memo;
}

function* declinedMentions(text: string, name: string, pattern: RegExp | null): Generator<[number, number]> {
  if (pattern === null) return;
  for (const m of text.matchAll(pattern)) if (m[0] !== name) yield [m.index, m.index + m[0].length];
}

/** A name's last word alone, as a word: a letter neither before nor after it. */
const LETTER = /[\p{L}\p{M}]/u;
/** A capitalised word right after a given name: the start of another, longer name ("Lam Van Hoa"). */
const CAPITALISED_NEXT = /^\s+\p{Lu}/u;

/**
 * Where a ranked official's given name (the name's last word) stands alone right after the same rank: the short
 * form a story uses once it has named the officer in full ("Lieutenant Tran Duc Lam ... Lieutenant Lam was
 * injured"). Spaced scripts only: Han and kana names are not split into words here, and the rank must be the
 * person's, so another officer of the same given name under another rank is not read as this one.
 */
function* shortMentions(
  p: Person,
  text: string,
  lowered: string,
  sentences: readonly Span[],
  lex: CompiledPeople,
): Generator<[number, number]> {
  if (p.rank === null || HAN_OR_KANA.test(p.name)) return;
  const words = p.name.split(/\s+/u);
  if (words.length < 2) return;
  const given = words[words.length - 1]!;
  for (let at = text.indexOf(given); at >= 0; at = text.indexOf(given, at + 1)) {
    const end = at + given.length;
    if (LETTER.test(text[at - 1] ?? '') || LETTER.test(text[end] ?? '')) continue;
    if (CAPITALISED_NEXT.test(text.slice(end, end + 3))) continue;
    const sentence = spanAt(sentences, at);
    const head = lowered.slice(sentence?.start ?? Math.max(0, at - 80), at);
    // The rank must end right before the given name, spaces only between.
    if (!/\s$/u.test(head)) continue;
    if (rankAtEnd(head, lex)?.rank === p.rank) yield [at, end];
  }
}
