/**
 * People stage: the officials an article names, with their rank (normalized to English) and role (as
 * written).
 *
 *   candidates (names.ts by shape, titled.ts by title) → judge (rank, honorific, role; places out) → merge
 *   → victims out
 */
import type { Person } from '../../shared/article.js';
import { stripCredit } from '../structure/index.js';
import { lower } from '../text/case.js';
import { firstOutsideLatinBlocks } from '../text/chars.js';
import { asRussianLetters, fold } from '../text/fold.js';
import { KATAKANA_NAME_JOINER } from '../text/scripts.js';
import { spanAt } from '../text/search.js';
import { splitSentences, type Span } from '../text/sentences.js';
import { wordOffsets } from '../text/words.js';
import type { Document } from '../types.js';
import { findCandidates } from './candidates.js';
import { LIST_CONJUNCTIONS } from './conjunctions.js';
import { rankByGivenName } from './given-name-rank.js';
import { japaneseHanNames } from './ja-han-names.js';
import type { NameCandidate } from './names.js';
import { judge, type IsPlaceName, type Mention } from './judge.js';
import { latinRunsApart, roleBeforeLatinName, titleAfterLatinName } from './latin-in-script.js';
import { isPluralRoleAfter } from './listed-role.js';
import { peopleDataFor, type LanguageData } from './language.js';
import { mergeMentions } from './merge.js';
import { oneSpellingEach } from './one-official.js';
import { splitLeadingPlaces } from './place-split.js';
import { rankAtEnd } from './rank-before.js';
import { findScriptNames } from './scripts.js';
import { withoutVictims, type ReadText } from './victims.js';

export interface PeopleOptions {
  isPlaceName: IsPlaceName;
  /** Names of national figures places are named after ("Ho Chi Minh"): never an official of the article. */
  isNamesake?: IsPlaceName;
  /** Any known place, communes and wards included: right after an administrative word a name is the unit's. */
  isLocalityName?: IsPlaceName;
  /**
   * Photo caption lines as structure found them (Structure.captions). Optional: people who appear only in a
   * caption ("Colonel X hands over awards – Photo: Y") are still people of the article; the credit ("Y")
   * is removed before reading, so photographers are not.
   */
  captions?: readonly string[];
}

export function findPeople(doc: Document, opts: PeopleOptions): Person[] {
  const data = peopleDataFor(doc.language);
  const mentions: Mention[] = [];
  // The body comes with its fold (the document's); a caption's words are folded one at a time.
  const texts: Array<{ text: string; sentences: readonly Span[]; folded?: string }> = [
    { text: doc.body, sentences: doc.sentences, folded: doc.folded },
    ...(opts.captions ?? []).map((caption) => {
      const text = stripCredit(caption);
      return { text, sentences: splitSentences(text) };
    }),
  ];
  // The body's lower case serves its names and the given-name ranks after the merge: computed once.
  const bodyLowered = loweredForRanks(doc.body);
  const read: ReadText[] = [];
  for (const { text, sentences, folded } of texts) {
    const lowered = text === doc.body ? bodyLowered : loweredForRanks(text);
    read.push({ text, lowered, sentences });
    let covered = 0;
    // The rank written in the plural before the names listed so far, and where the last of them ends.
    let listed: { rank: string; end: number } | null = null;
    // The names listed so far with nothing but commas and conjunctions between, and what was read of each:
    // a plural office after the last is theirs too ("X and Y, deputy directors of ...").
    let chain: Array<{ name: string; mention: Mention | null }> = [];
    let chainEnd = -1;
    // What was read of each candidate, by where it stands: a script's reader may take it into a longer name.
    // A name given the plural office after a list stands in the list, not where the office was read: no span.
    const byShape: Array<{ span: { start: number; end: number } | null; mention: Mention }> = [];
    // Latin names glued to Han, kana or Hangul words are cut apart in the languages that write them so.
    const offsets = data.scriptNames ? latinRunsApart(text, wordOffsets(text)) : wordOffsets(text);
    const candidates = splitLeadingPlaces(
      text,
      offsets,
      findCandidates(text, offsets, data, folded),
      data.families,
      data.lex.inflectionSuffixes,
      (name) => isKnownPlace(name, opts),
      (at) => opensRank(lowered, at, data.lex),
    );
    for (const [i, candidate] of candidates.entries()) {
      if (candidate.start < covered) continue;
      const sentence = spanAt(sentences, candidate.start) ?? { start: 0, end: text.length, text };
      const floor = nameBefore(candidates, i, opts);
      const byWords = judge(text, lowered, sentence, candidate, data.lex, opts, floor);
      // "นาย Dang Tran Duc ประธาน…": a courtesy before a Latin name leaves its office to the script's words after it.
      const judged =
        byWords === null
          ? titledInScript(text, candidate, data, opts)
          : byWords.courtesyOnly
            ? (titledInScript(text, candidate, data, opts, true) ?? byWords)
            : byWords;
      const inList: boolean = listed !== null && LIST_JOINER.test(lowered.slice(listed.end, candidate.start));
      let m: Mention | null = judged;
      // A name listed after one a plural rank titled holds that rank, unless marked as a private person's.
      if (inList && listed !== null && judged?.private !== true && judged?.rank == null)
        m = { name: candidate.name, rank: listed.rank, role: judged?.role ?? null };
      if (m?.plural && m.rank !== null) listed = { rank: m.rank, end: candidate.end };
      else if (inList && listed !== null && m !== null) listed = { rank: listed.rank, end: candidate.end };
      else listed = null;
      if (chainEnd < 0 || !LIST_JOINER.test(lowered.slice(chainEnd, candidate.start))) chain = [];
      if (m !== null && m.role !== null && !m.private && chain.length > 0)
        if (isPluralRoleAfter(text, candidate.end, m.role, data.lex))
          for (const e of chain)
            if (e.mention?.private !== true && e.mention?.role == null && !isKnownPlace(e.name, opts))
              byShape.push({
                span: null,
                mention: { name: e.name, rank: e.mention?.rank ?? null, role: m.role },
              });
      chain.push({ name: candidate.name, mention: m });
      chainEnd = candidate.end;
      if (!m) continue;
      byShape.push({ span: candidate, mention: m });
      if ((candidate.titled || candidate.officeOnly) && !m.private) covered = candidate.end;
    }
    const inScript = data.scriptNames
      ? findScriptNames(text, data.scriptNames, (name) => isKnownPlace(name, opts)).filter(
          // A city named after a person ("هو تشي منه", Hồ Chí Minh) read after a rank or office is the city, and
          // a national figure named with an office ("صدر ہو چی منہ کے جذبے", President Hồ Chí Minh's spirit) is
          // the person of history, as in Latin letters (judge.ts).
          (found) =>
            !isKnownPlace(found.mention.name, opts) &&
            (found.mention.rank !== null || !isNationalFigure(found.mention.name, data, opts)),
        )
      : [];
    // A family name inside a longer name the script's reader took whole ("ہونگ ہا" of "لی تھی ہونگ ہا", Lê Thị
    // Hoàng Hà) is no name of its own.
    const within = (start: number, end: number): boolean =>
      inScript.some((f) => {
        const fEnd = f.start + f.mention.name.length;
        return f.start <= start && end <= fEnd && end - start < fEnd - f.start;
      });
    for (const b of byShape)
      if (b.span === null || !within(b.span.start, b.span.end)) mentions.push(b.mention);
    for (const f of inScript) if (!within(f.start, f.start + f.mention.name.length)) mentions.push(f.mention);
    if (data.scriptNames && data.hanFamilies)
      mentions.push(...japaneseHanNames(text, data.scriptNames, data.hanFamilies));
  }
  // A harm word next to a name outweighs its rank when the holder never speaks or acts (victims.ts).
  const people = withoutVictims(oneSpellingEach(mergeMentions(mentions)), read, data.lex);
  rankByGivenName(doc.body, bodyLowered, people, data.lex, data.scriptNames);
  return people;
}

/** Whether a rank of one or two words starts at `at` of the lowered text ("thượng tá", "colonel"). */
function opensRank(lowered: string, at: number, lex: LanguageData['lex']): boolean {
  const words = /^[^\s]+(?:\s+[^\s]+)?/u.exec(lowered.slice(at, at + 40))?.[0];
  if (words === undefined) return false;
  const first = words.split(/\s+/u)[0]!;
  return [first, words].some((head) => rankAtEnd(`${head} `, lex)?.index === 0);
}

/**
 * Lower case with Ukrainian and Belarusian letters read as the Russian ones of the same words ("міністр",
 * "министр"): those languages are read with Russian roles and ranks (kinship.json). One unit for one unit.
 * (A text with no unit outside the Latin blocks has none of those letters: not searched for them.)
 */
function loweredForRanks(text: string): string {
  return firstOutsideLatinBlocks(text) < 0 ? lower(text) : asRussianLetters(lower(text));
}

/**
 * A name by its Vietnamese shape in Latin letters, titled after it in the words of a language written without
 * capitals ("Nguyễn Văn Hùng 부총리는", latin-in-script.ts); never a known place ("Quảng Ninh 성"). `afterCourtesy`:
 * the name already has a courtesy before it, and only a rank or an office after it is read.
 */
function titledInScript(
  text: string,
  candidate: NameCandidate,
  data: LanguageData,
  opts: PeopleOptions,
  afterCourtesy = false,
): Mention | null {
  if (!data.scriptNames || (candidate.titled && !afterCourtesy) || isKnownPlace(candidate.name, opts))
    return null;
  const after = titleAfterLatinName(text, candidate.start, candidate.end, data.scriptNames);
  // After a courtesy ("นาย", "Ông") only an office or a rank after the name says more than the courtesy did.
  if (afterCourtesy)
    return after === null || after.courtesy
      ? null
      : { name: candidate.name, rank: after.rank, role: after.role };
  // A courtesy after the name ("…氏") says nothing of an office; the body linked before it may ("委員会の…氏").
  const title =
    after !== null && !after.courtesy
      ? after
      : (roleBeforeLatinName(text, candidate.start, data.scriptNames) ?? after);
  if (title === null) return null;
  const courtesy = title.courtesy ? { courtesyOnly: true as const } : {};
  return { name: candidate.name, rank: title.rank, role: title.role, ...courtesy };
}

/**
 * What stands between two names of a list: a comma or a conjunction (conjunctions.ts) in the languages whose
 * ranks have plural forms (lexicon pluralRanks), nothing else.
 */
const JOIN = LIST_CONJUNCTIONS.join('|');
const LIST_JOINER = new RegExp(`^\\s*(?:,\\s*(?:(?:${JOIN})\\s+)?|(?:${JOIN})\\s+)$`, 'u');

/**
 * Where the name before candidate `i` ends: the words before a name that hold its title and role never reach
 * back over another name ("Presiding judge X read the verdict against Y" gives Y no role). A known place is
 * no such name: it is part of the office before the holder's name ("Chairman of the Quang Tri People's
 * Committee X", "le président du Comité populaire de Quang Tri, X").
 */
function nameBefore(candidates: readonly NameCandidate[], i: number, places: PeopleOptions): number {
  const start = candidates[i]!.start;
  let end = 0;
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const { end: e, name } = candidates[k]!;
    if (e <= start && e > end && !isKnownPlace(name, places)) end = e;
  }
  return end;
}

/** A national figure's name as the gazetteer or the lexicon writes it (lexicon namesakes, any script). */
function isNationalFigure(name: string, data: LanguageData, { isNamesake }: PeopleOptions): boolean {
  return (isNamesake?.(name) ?? false) || data.lex.namesakes.has(fold(name).split(/\s+/u).join(' '));
}

/**
 * A known place, also as katakana writes it with a name's joiner between its syllables ("ドン・ハ", Đông Hà,
 * which the gazetteer knows as "ドンハ"): a translation that spells a city as it spells names.
 */
function isKnownPlace(name: string, { isPlaceName, isLocalityName }: PeopleOptions): boolean {
  const known = (n: string): boolean => isPlaceName(n) || (isLocalityName?.(n) ?? false);
  if (known(name)) return true;
  const joined = name.replace(KATAKANA_JOINERS, '');
  return joined !== name && known(joined);
}

const KATAKANA_JOINERS = new RegExp(KATAKANA_NAME_JOINER.source, 'gu');
