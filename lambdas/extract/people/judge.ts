/**
 * Whether a name candidate is a person, and with which rank and role: the words around it decide between a
 * person (rank, honorific, role) and a place ("province de Cao Bang", "Hoang Tan ward").
 */
import { lower } from '../text/case.js';
import { isLetterUnit } from '../text/chars.js';
import { fold } from '../text/fold.js';
import type { Span } from '../text/sentences.js';
import { NAME_CONJUNCTIONS } from './conjunctions.js';
import type { CompiledPeople } from './lexicon.js';
import type { NameCandidate } from './names.js';
import { isPrivatePerson } from './private.js';
import { rankAfterName } from './rank-after.js';
import { rankAtEnd } from './rank-before.js';
import { romanizeVietnameseName } from './romanize.js';
import {
  clauseIsEmpty,
  clauseStart,
  memberOf,
  roleAfter,
  roleAfterHeadFinal,
  roleBefore,
  roleInPreviousClause,
  titleBefore,
} from './roles.js';

export interface Mention {
  readonly name: string;
  readonly rank: string | null;
  readonly role: string | null;
  /**
   * Marked as a private person's here (an age, a suspect's word, a residence): without a rank the name is
   * no official anywhere in the article (merge.ts), however it is titled elsewhere ("Ông X, ngụ ấp ..." then
   * "Ông X khai nhận ...").
   */
  readonly private?: true;
  /** Named with a courtesy honorific only ("X氏", "X女士"): an official only if another mention says so. */
  readonly courtesyOnly?: true;
  /** Its rank was written in the plural ("Colonels X and Y"): the names listed next hold it too (index.ts). */
  readonly plural?: true;
  /** Read from a declined form (NameCandidate.declined): an undeclined mention's spelling wins. */
  readonly declined?: true;
}

export type IsPlaceName = (name: string) => boolean;

/** The candidate's declined mark, for the mention read from it. */
function declinedOf(c: NameCandidate): { declined?: true } {
  return c.declined ? { declined: true } : {};
}

/** Ranks (canonical) that are also the title of a ship's master or a team's captain in every language. */
export const MASTERS_TOO: ReadonlySet<string> = new Set(['captain']);

/**
 * Where the words that may describe a ranked name end: at the name itself when a source word names it as the
 * speaker and its clause closes right after ("according to Captain X, the suspect was arrested", "по словам
 * капитана X, ..."): what follows the comma is the story told, no apposition saying who the speaker is.
 */
function speakerEnd(
  lowered: string,
  rankStart: number,
  end: number,
  sentenceEnd: number,
  lex: CompiledPeople,
): number {
  // The title's first word is read with the words before it: a source word opening the sentence is capitalised
  // and so read into the title run ("Menurut Kepala Polisi X, ...", "Kata Ketua Polis X, ...").
  const firstWord = FIRST_WORD.exec(lowered.slice(rankStart, end))?.[0].length ?? 0;
  const spoken =
    lex.sourceBefore?.test(lowered.slice(Math.max(0, rankStart - 40), rankStart + firstWord)) === true &&
    SPEAKER_CLOSE.test(lowered.slice(end, end + 2));
  return spoken ? end : sentenceEnd;
}

/** A title's first word and the space after it. */
const FIRST_WORD = /^[\p{L}\p{M}]+\s/u;

/** A clause break right after a name. */
const SPEAKER_CLOSE = /^\s?[,;:.!?،](?!\s*\d)/u;

export interface PlaceTests {
  readonly isPlaceName: IsPlaceName;
  readonly isNamesake?: IsPlaceName;
  /** Any known place, communes and wards included (places/index.ts isLocalityName). */
  readonly isLocalityName?: IsPlaceName;
}

export function judge(
  text: string,
  lowered: string,
  sentence: Span,
  c: NameCandidate,
  lex: CompiledPeople,
  { isPlaceName, isNamesake, isLocalityName }: PlaceTests,
  floor = 0,
): Mention | null {
  const before = lowered.slice(
    Math.max(titleWindowStart(lowered, sentence.start, lex), c.start - 160, floor),
    c.start,
  );
  const base = c.start - before.length;
  let cut = before.length;
  let honorific = false;
  // Whether some honorific before the name is one the press gives officials only ("đồng chí", "comrade").
  let vouching = false;
  const h = lex.honorificAtEnd.exec(before);
  if (h) {
    honorific = true;
    vouching = !lex.courtesy.has(h[1]!);
    cut = h.index;
  }
  let rank: string | null = null;
  let plural = false;
  // A rank may stand before academic titles, commas between: "Đại tá, TS. Nguyễn Văn A", "Major General,
  // Associate Professor, Dr. X".
  let head = before.slice(0, cut);
  if (honorific) {
    head = head.replace(/[\s,]+$/u, ' ');
    for (let more = lex.honorificAtEnd.exec(head); more; more = lex.honorificAtEnd.exec(head)) {
      cut = more.index;
      if (!lex.courtesy.has(more[1]!)) vouching = true;
      head = head.slice(0, cut).replace(/[\s,]+$/u, ' ');
    }
  }
  const found = rankAtEnd(head, lex);
  // A rank written with its service ("капитана полиции X", captain of police) is no ship's master's.
  let serviced = false;
  if (found !== null) {
    rank = found.rank;
    plural = found.plural;
    cut = found.index;
    const written = head.trimEnd();
    serviced = lex.rankServices.some((s) => written.endsWith(` ${s}`));
  }
  // A rank after the name ("X, a colonel of ...", "X ezredes") when none stands before it; a private
  // person's marks (checked below) outweigh it, as for a ship's master.
  let rankFollows = false;
  if (rank === null) {
    rank = rankAfterName(text, lowered, c.end, sentence.end, lex);
    rankFollows = rank !== null;
  }
  // "cựu Thiếu tướng X", "former Major General X": a rank no longer held, also with the force's words between
  // ("former traffic lieutenant X", "former border guard major X"), as for an office (isFormer).
  const formerRank =
    rank !== null &&
    (lex.formerAtEnd.test(before.slice(0, cut)) || lex.formerNearEnd.test(before.slice(0, cut)));
  if (!honorific && rank !== null) {
    const h2 = lex.honorificAtEnd.exec(before.slice(0, cut));
    if (h2) {
      cut = h2.index;
      if (!lex.courtesy.has(h2[1]!)) vouching = true;
    }
  }

  // The words before the name may reach into the sentence before, over an abbreviation the splitter took
  // for a full stop ("Selon le chef de la police, M. X"): its role is read from there too.
  const from = Math.min(sentence.start, base);
  const sameClause =
    roleBefore(text, lowered, base, base + cut, from, lex) ??
    titleBefore(text, lowered, base, base + cut, from, lex);
  const knownPlace = isPlaceName(c.name) || (isLocalityName?.(c.name) ?? false);
  const apposition =
    roleAfter(text, lowered, c.end, sentence.end, lex) ??
    (c.tokens.length >= 2 && !knownPlace ? memberOf(text, lowered, c.end, sentence.end, lex) : null);
  // An office closing the words after the name (head-final languages): never a known place's ("Quang Nam
  // tartományi rendőrség", the Quang Nam provincial police).
  const headFinal =
    apposition === null && !knownPlace ? roleAfterHeadFinal(text, lowered, c.end, sentence.end, lex) : null;
  const after = apposition ?? headFinal;
  const previousClause =
    sameClause === null && clauseIsEmpty(lowered, base, base + cut, lex)
      ? roleInPreviousClause(text, lowered, base, base + cut, Math.max(from, floor), lex)
      : null;
  // A run of any spelling is a name only as the holder of the office closing right before it (office-named.ts),
  // a short one, never the apposition of the name before it ("lieutenant X, chief of the Y post Z": Z is the
  // post's name).
  if (
    c.officeOnly &&
    (rank !== null ||
      honorific ||
      sameClause === null ||
      sameClause.split(/\s+/u).length > OFFICE_WORDS ||
      (floor > 0 && APPOSITION_OPENS.test(lowered.slice(floor, c.start))))
  )
    return null;
  const role = sameClause ?? after ?? previousClause;
  if (formerRank || (rank === null && isFormer(lowered, base, c.start, role, role === after, lex)))
    return { name: c.name, rank: null, role: null, private: true, ...declinedOf(c) };

  // A rank makes an official whatever else is said; without one, a private person's marks rule the name
  // out, and a name with neither honorific nor role is nobody the record lists.
  let isPrivate = false;
  if (rank === null) {
    if (!honorific && role === null) return null;
    // "Hồ Chí Minh", and a city cut short after it ("Ho Chi Minh Cit…").
    if (isNamesake && startsWith(c, isNamesake)) return null;
    // A unit named after a national figure ("Trường THPT Nguyễn Trãi" after a role): such a name takes no
    // honorific, a living namesake ("ông Nguyễn Du") does, and so does an office said of the name after it
    // ("Trần Quốc Toản, an official of the disaster agency, said"): a school or a street takes none.
    const officeAfterOnly = role === after && sameClause === null;
    if (!honorific && !officeAfterOnly && startsWith(c, (n) => lex.namesakes.has(fold(n)))) return null;
    // A source word before the office makes the holder the speaker, and the clause after the name the story
    // told ("как сообщил начальник полиции X, задержали водителя", "según el jefe de policía X, ..."), as for a
    // ranked speaker: that clause's suspects and drivers are not the holder.
    const roleAt = sameClause === null ? -1 : text.lastIndexOf(sameClause, c.start);
    const told = speakerEnd(lowered, roleAt >= 0 ? roleAt : base + cut, c.end, sentence.end, lex);
    isPrivate = isPrivatePerson(lowered, sentence.start, told, c, role, lex, from);
  } else if (rankedPrivate(lowered, from, base + cut, lex)) {
    return { name: c.name, rank: null, role: null, private: true, ...declinedOf(c) };
  } else if (
    (rankFollows || (MASTERS_TOO.has(rank) && !serviced)) &&
    isPrivatePerson(
      lowered,
      // The passive's agent ("the suspect was arrested by Captain X"): the words before it are the arrested
      // one's; what follows the name ("of the fishing vessel", an age) still tells of a ship's master.
      passiveAgentBefore(lowered, from, base + cut, lex) ? base + cut : sentence.start,
      speakerEnd(lowered, base + cut, c.end, sentence.end, lex),
      c,
      role,
      lex,
    )
  ) {
    // A ship's master is written as the rank is ("vessel captain X, 50", "8 fishermen and captain X on
    // board"): that rank does not outweigh a private person's marks.
    return { name: c.name, rank: null, role: null, private: true, ...declinedOf(c) };
  }

  if (c.titled) {
    // The title is the only evidence such a name has; the words of a place stay a place after one too.
    if (rank === null && (!honorific || c.rankOnly)) return null;
    if (rank === null && c.appositionOnly && apposition === null) return null;
    if (titledIsPlace(text, lowered, sentence, c, lex, isPlaceName)) return null;
  } else if (rank === null && !honorific) {
    const lowBefore = before.slice(0, cut);
    const lowAfter = lowered.slice(c.end, Math.min(sentence.end, c.end + 40));
    const place =
      isPlaceName(c.name) ||
      (c.tokens.length >= 3 && isPlaceName(c.tokens.slice(0, 2).join(' '))) ||
      isPlaceInOtherScript(c, isPlaceName, isLocalityName);
    const afterPreposition = lex.prepositionAtEnd.test(lowBefore);
    // A role ending in a place word names its holder right after it where the language declines the place
    // word instead of joining a name with a preposition ("председатель народного комитета провинции Нгуен
    // Ван Хунг", chairman of the province's people's committee, Nguyen Van Hung): a full name by shape (three
    // words; places have two) that starts no known place is the holder, in a language that declines (its lexicon has
    // inflection suffixes). "du quartier de Cam Thinh" and "trên đường Nguyễn Văn Linh" stay places.
    const holder =
      lex.inflectionSuffixes.length > 0 &&
      sameClause !== null &&
      !afterPreposition &&
      c.tokens.length >= 3 &&
      !place &&
      !startsWith(c, isPlaceName);
    // After an administrative type word a full name the gazetteer does not know is an official's, when a
    // role comes before it ("Phó Chánh án TAND tỉnh Hoàng Văn Minh"). One it knows, a commune or a ward
    // included, is the unit's name ("Trưởng Công an phường Nguyễn Văn Cừ"): many are named after people.
    const officialAfterAdminWord =
      sameClause !== null &&
      c.tokens.length >= 3 &&
      lex.adminPlaceBefore.test(lowBefore) &&
      !isPlaceName(c.name) &&
      !(isLocalityName?.(c.name) ?? false);
    // Where the place word follows the place's name ("Ha Tinh province", "Muong Lat commune"), the office
    // may end with the whole place right before its holder's full name: "Chairman of Ha Tinh province X".
    const officialAfterPlace =
      sameClause !== null &&
      c.tokens.length >= 3 &&
      !place &&
      !(isLocalityName?.(c.name) ?? false) &&
      endsWithNamedPlace(lowBefore, lex, (n) => isPlaceName(n) || (isLocalityName?.(n) ?? false));
    // Where every type word joins its place with a preposition ("la ville de Hué"), a type word closing the
    // office right before a full name, none between, is the office's end ("le président du Comité populaire
    // de la ville Pham Duc An"): the name is its holder, as where the language declines (holder).
    const officialAfterBareTypeWord =
      lex.typeWordsTakePreposition &&
      sameClause !== null &&
      c.tokens.length >= 3 &&
      !afterPreposition &&
      !place &&
      !(isLocalityName?.(c.name) ?? false) &&
      !startsWith(c, isPlaceName);
    if (
      lex.placeBefore.test(lowBefore) &&
      !holder &&
      !officialAfterAdminWord &&
      !officialAfterPlace &&
      !officialAfterBareTypeWord
    )
      return null;
    // "X tartományi rendőrkapitány": the place word opens the office the name holds, not the name's place.
    if (lex.placeAfter.test(lowAfter) && headFinal === null) return null;
    // A known place after a role is the end of an organisation's name ("Chiến sĩ Đồn Biên phòng Hà Tiên"):
    // only a role in apposition ("X, chef de ...") makes it a name.
    if (place && (afterPreposition || after === null)) return null;
    // The end of a longer place name: "Ma Thuột" of "Buôn Ma Thuột".
    if (continuesPlace(text, sentence, c, 2, isPlaceName)) return null;
    // A preposition right before the name joins it to what precedes: a role read before it ends with the
    // organisation the name is the place of ("vice-chefe do Posto de Fronteira de Le Thanh"); a person after
    // a role is set off by a comma or takes a rank or an honorific, and only a role after the name vouches.
    if (afterPreposition && after === null) return null;
  }
  if (isPrivate) return { name: c.name, rank: null, role: null, private: true, ...declinedOf(c) };
  // "Ông X", "Mr X", "M. X" alone: the courtesy any citizen is given. An official only if another mention
  // gives the name a rank or an office (merge.ts).
  const declined = declinedOf(c);
  if (rank === null && role === null && !vouching)
    return { name: c.name, rank, role, courtesyOnly: true, ...declined };
  return { name: c.name, rank, role, ...(plural ? { plural: true as const } : {}), ...declined };
}

/**
 * A run in a script other than Latin whose Vietnamese reading is a known place, a district or commune included
 * ("района Нам Ты Лием", Nam Từ Liêm; "народного комитета Тхань Лием"): the gazetteer knows such places in
 * Latin letters only, and the office before the run is its unit's, not a holder's. Read only for a run no rank
 * or honorific vouches for.
 */
function isPlaceInOtherScript(
  c: NameCandidate,
  isPlaceName: IsPlaceName,
  isLocalityName?: IsPlaceName,
): boolean {
  if (c.latin === undefined && !NON_LATIN_LETTER.test(c.name)) return false;
  // Read once where the run was found (an office-named run's), else here.
  const latin = c.latin !== undefined ? c.latin : romanizeVietnameseName(c.name);
  return latin !== null && (isPlaceName(latin) || (isLocalityName?.(latin) ?? false));
}

const NON_LATIN_LETTER = /[^\P{L}\p{Script=Latin}]/u;

/**
 * The most words of an office a run of any spelling holds after it ("podpredseda okresného ľudového výboru",
 * "deputy head of the district committee"): more words reach back over a verb ("visited the hospital X").
 */
const OFFICE_WORDS = 6;
/** A comma or an opening bracket right after the name before: what follows is that name's apposition. */
const APPOSITION_OPENS = /^\s*[,،(]/u;

/** Conjunctions lexicons may list among their articles: the words before one are another person's. */
const CONJUNCTIONS: ReadonlySet<string> = new Set(NAME_CONJUNCTIONS);

/**
 * Whether a private person's word stands right before the rank, one or two words reaching it (articles
 * skipped): "bị cáo Đại úy X", "defendant Lieutenant X", "l'accusé capitaine X", "police arrested Major X"
 * name an officer the story happens to, whom the record does not list as it lists no suspect. Only the
 * words next to the rank: "the suspects were questioned by Colonel X", "the suspect was arrested by Colonel X"
 * and "Đối tượng bị Đại úy X bắt giữ" (arrested by Captain X) keep the officer.
 */
function rankedPrivate(lowered: string, from: number, rankStart: number, lex: CompiledPeople): boolean {
  let clause = lowered.slice(clauseStart(lowered, from, rankStart), rankStart).trimEnd();
  for (let a = lex.articleAtEnd.exec(clause); a; a = lex.articleAtEnd.exec(clause)) {
    // "Two suspects and Colonel X": a conjunction (some lexicons list "and" among articles) joins another person.
    if (CONJUNCTIONS.has(a[0].trim())) return false;
    clause = clause.slice(0, a.index).trimEnd();
  }
  const words = clause.split(/\s+/u);
  // The cue must reach the last word: a word after it is the passive's agent ("arrested by Colonel X", "arrêté
  // par le colonel X"), and the officer is the one who made the arrest.
  const last = words[words.length - 1]!;
  if (lex.privateCue.test(last)) return true;
  // A cue of two words ("bị cáo", defendant) ends in the last.
  const near = words.slice(-2).join(' ');
  const cue = lex.privateCue.exec(near);
  return cue !== null && cue.index + cue[0].length > near.length - last.length;
}

/** Whether the word before the rank, its articles skipped, names the doer of a passive ("arrested by Captain X"). */
function passiveAgentBefore(lowered: string, from: number, rankStart: number, lex: CompiledPeople): boolean {
  if (lex.agentWords.size === 0) return false;
  let clause = lowered.slice(clauseStart(lowered, from, rankStart), rankStart).trimEnd();
  for (let a = lex.articleAtEnd.exec(clause); a; a = lex.articleAtEnd.exec(clause)) {
    if (CONJUNCTIONS.has(a[0].trim())) return false;
    clause = clause.slice(0, a.index).trimEnd();
  }
  return lex.agentWords.has(clause.slice(clause.lastIndexOf(' ') + 1));
}

/**
 * Whether the role is a former one: a former-word opens it ("X, former deputy director") or stands before
 * it, two words at most between ("nguyên Chủ tịch UBND xã X", "former district chairman X").
 */
function isFormer(
  lowered: string,
  base: number,
  nameStart: number,
  role: string | null,
  isAfter: boolean,
  lex: CompiledPeople,
): boolean {
  if (role === null) return false;
  const low = lower(role);
  if (lex.formerAtStart.test(low)) return true;
  if (isAfter) return false;
  const at = lowered.lastIndexOf(low, nameStart);
  return at >= base - 200 && at >= 0 && lex.formerNearEnd.test(lowered.slice(Math.max(0, at - 80), at));
}

/**
 * Whether the text before a name ends with a known place and a place word after it ("... of ha tinh
 * province "), the order of the languages that write the place word after the name.
 */
function endsWithNamedPlace(lowBefore: string, lex: CompiledPeople, isKnownPlace: IsPlaceName): boolean {
  const words = lowBefore.trimEnd().split(/\s+/u);
  for (let k = 1; k <= 2 && k < words.length; k++) {
    if (!lex.placeAfter.test(` ${words.slice(-k).join(' ')}`)) continue;
    for (let n = 2; n <= 4 && n + k <= words.length; n++) {
      if (isKnownPlace(words.slice(-k - n, -k).join(' '))) return true;
    }
  }
  return false;
}

/** Whether the candidate's first two or more words pass the test. */
function startsWith(c: NameCandidate, test: IsPlaceName): boolean {
  for (let n = c.tokens.length; n >= 2; n--) if (test(c.tokens.slice(0, n).join(' '))) return true;
  return false;
}

/**
 * Where the words before a name may hold its title: its sentence, or also the sentence before when that one
 * ends with a short abbreviation, which the sentence splitter cannot tell from a full stop ("M. Pham",
 * "Lt. Col. Tran", "Sr. Lo"), or with a longer one the lexicon writes with its full stop as a rank
 * ("Oberstlt. Tran", "Genmaj."). Never past a line break.
 */
function titleWindowStart(lowered: string, sentenceStart: number, lex: CompiledPeople): number {
  let i = sentenceStart - 1;
  while (i >= 0 && (lowered.charCodeAt(i) === 0x20 || lowered.charCodeAt(i) === 0xa0)) i--;
  if (i < 1 || lowered.charCodeAt(i) !== 0x2e) return sentenceStart;
  let letters = 0;
  for (let k = i - 1; k >= 0 && isLetterUnit(lowered.charCodeAt(k)); k--) letters++;
  if (letters === 0) return sentenceStart;
  if (letters > 4 && rankAtEnd(lowered.slice(Math.max(0, i - 40), i + 1), lex) === null) return sentenceStart;
  const line = lowered.lastIndexOf('\n', i) + 1;
  return Math.max(line, i - 160);
}

/**
 * A titled run that is (or starts) a place, alone or with the capitalised title word before it ("Bà Rịa
 * Vũng Tàu" after the honorific "bà"), or that a place word follows ("Major Road").
 */
function titledIsPlace(
  text: string,
  lowered: string,
  sentence: Span,
  c: NameCandidate,
  lex: CompiledPeople,
  isPlaceName: IsPlaceName,
): boolean {
  if (lex.placeAfter.test(lowered.slice(c.end, Math.min(sentence.end, c.end + 40)))) return true;
  for (let n = c.tokens.length; n >= 1; n--) if (isPlaceName(c.tokens.slice(0, n).join(' '))) return true;
  return continuesPlace(text, sentence, c, 1, isPlaceName);
}

const CAPITALISED_WORD_BEFORE = /(?:^|[^\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}]*) $/u;

/**
 * Whether the capitalised word right before the candidate (one space between) and the candidate's first
 * `minTokens` or more words form a place name.
 */
function continuesPlace(
  text: string,
  sentence: Span,
  c: NameCandidate,
  minTokens: number,
  isPlaceName: IsPlaceName,
): boolean {
  const word = CAPITALISED_WORD_BEFORE.exec(text.slice(Math.max(sentence.start, c.start - 30), c.start))?.[1];
  if (word === undefined) return false;
  for (let n = c.tokens.length; n >= minTokens; n--) {
    if (isPlaceName(`${word} ${c.tokens.slice(0, n).join(' ')}`)) return true;
  }
  return false;
}
