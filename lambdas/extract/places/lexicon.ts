/**
 * Per-language place phrases (lexicons/<lang>/places.json), validated here and compiled to word-key maps.
 * The matching code is the same for every language: adding a language means adding a places.json.
 */
import { letterTable, type LetterTable } from '../text/transliterate.js';
import { z } from 'zod';
import { LEXICONS } from '../lexicons/index.generated.js';
import { kinOf, loadLexicons, readingOrder, type LexiconRegistry } from '../lexicons/load.js';
import { fold } from '../text/fold.js';
import { asArabicLetters } from '../text/arabic-letters.js';
import { keyOf } from './tokens.js';
import { Shape } from '../text/shape.js';
import { wordTrie, type WordTrie } from './word-trie.js';
import { loadPeopleLexicons } from '../people/lexicon.js';

export const PLACE_CATEGORIES = [
  'province',
  'district',
  'town',
  'city',
  'township',
  'commune',
  'ward',
  'any',
  /** An international border gate, airport or seaport (data/border-gates.json): "border gate", "cửa khẩu". */
  'gate',
] as const;
export type PlaceCategory = (typeof PLACE_CATEGORIES)[number];

const PhrasesSchema = z.array(z.string().min(1));
const CategoryPhrasesSchema = z.partialRecord(z.enum(PLACE_CATEGORIES), PhrasesSchema);

export const PlacesLexiconSchema = z
  .object({
    /** The file's JSON Schema (lexicons/schemas/), for editors; not read by the engine. */
    $schema: z.string().optional(),
    $comment: z.string().optional(),
    /** Administrative type words written before the name ("commune de", "tỉnh", "prowincji"). */
    before: CategoryPhrasesSchema,
    /** Type words written after the name ("X province", "X ward"). */
    after: CategoryPhrasesSchema,
    /** Phrases naming the police/security force of the place right before it: the article's subject. */
    subjectBefore: PhrasesSchema,
    subjectAfter: PhrasesSchema,
    /**
     * Words that join a place to the unit named after it, in languages that name the place first: "の"
     * ("ラオカイ省の国境警備隊"), "소재" ("동나이 소재 해안경비대"), "的". A subjectAfter phrase after one is a subject.
     */
    subjectLinks: PhrasesSchema.default([]),
    /**
     * Stems of the force words a language compounds freely (German "Grenzschutzkräfte", "Provinzpolizeidirektion",
     * Dutch "grenspolitie"): a word holding one, right before the place or its type word, or before one of the
     * prepositions that end subjectBefore phrases ("… der Provinz X", "… von X"), is a subject phrase.
     */
    subjectStems: PhrasesSchema.default([]),
    /**
     * Phrases giving a person's address or origin right before the place (or its type word): "trú tại",
     * "résidant dans le", "a resident of". A suspect's home province is not what the article is about.
     */
    residenceBefore: PhrasesSchema.default([]),
    /**
     * The same written after the place or its type word, as Korean, Japanese and Chinese do: "하띤성 출신",
     * "ハティン省出身", "河静省籍", "区在住".
     */
    residenceAfter: PhrasesSchema.default([]),
    /**
     * Where someone or something comes from or goes to, right before the place (or its type word): "from",
     * "to", "venant de", "vers", "diretto a", "aus", "nach", "从", "运往". A bus that left Hà Nội and crashed
     * in Quảng Nam is a story of Quảng Nam, however often the route is named.
     */
    movementBefore: PhrasesSchema.default([]),
    /** The same written after the place or its type word: "하노이로", "ハノイから", "ハノイへ". */
    movementAfter: PhrasesSchema.default([]),
    /**
     * Phrases that make the place right after them (or after its type word) a point of reference, not
     * where the story happens: "north of", "near", "on the road to", "na północ od".
     */
    referenceBefore: PhrasesSchema.default([]),
    /**
     * Prepositions of place ("a", "in", "em", "en", "à", "di"): a national figure's name right after one is the
     * place named after him, not the person ("a Ho Chi Minh", "em Ho Chi Minh", "in Ba Dinh"). Only for figures
     * whose name is a province or district-level unit: streets and wards named after them stay unread.
     */
    placeBefore: PhrasesSchema.default([]),
    /**
     * Postpositions written right after a place, in languages that put them after the noun (Urdu "میں", in;
     * "سے", from; "کے", of): a bare name heard by sound right before one may be a province with a shorter key
     * than a name standing alone needs (places/arabic.ts). Read by the script readers.
     */
    placeAfter: PhrasesSchema.default([]),
    /** Word sequences that look like places but are ordinary words in this language. */
    notPlaces: PhrasesSchema.default([]),
    /**
     * Words that join the names of a list sharing one type word after the last ("ভিন ফুক, হোয়া বিন এবং হ্যানয়
     * প্রদেশে", "A, B और C प्रांतों में"): each name of the list is of the type. Read by the script readers.
     */
    listJoiners: PhrasesSchema.default([]),
    /**
     * Words a language may write between a list's last name and the type word the list shares ("குவாங் நாம்,
     * … கியா லாய் ஆகிய மாகாணங்களில்", the provinces of namely …; "உள்ளிட்ட சில", including some): the names
     * before them are still the type word's. Read by the script readers.
     */
    listEnds: PhrasesSchema.default([]),
    /**
     * Words after which a name is what they name, not a place: a storm's ("typhoon Son Tinh", "furtuna tropicală
     * Son Tinh", "bão Sơn Tinh"), whose names sometimes are a district's.
     */
    namedBefore: PhrasesSchema.default([]),
    /**
     * The same written after the name: a street's, an avenue's or a company's word ("Nghe An Street", "Thai Binh
     * Trading Company"). The street or the firm bears the province's name; the story does not happen there.
     */
    namedAfter: PhrasesSchema.default([]),
    /**
     * A road's, a trail's or a highway's word written after the name it bears ("道路", "রোড", "公路", "도로"):
     * a national figure's name before one is the road's, not the city named after him ("ホーチミン道路": a
     * truck that burned on the Hồ Chí Minh road in Quảng Trị names no city; places/road-names.ts).
     */
    roadAfter: PhrasesSchema.default([]),
    /**
     * The same written before the name, as languages that put the noun first write it ("طريق هو تشي منه", "جاده
     * هوشی‌مین"): the figure's name after one is the road's, not the city's.
     */
    roadBefore: PhrasesSchema.default([]),
    /**
     * Case endings the language adds to a borrowed name's last word ("Da Nangu", "Hanoji"): a word that
     * names no place as written is looked up again without one of them.
     */
    caseEndings: PhrasesSchema.default([]),
    /**
     * A preposition and the forms it takes glued to an article or before a vowel ("di": "della", "del",
     * "dell'"; "a": "ad", "alla"; "de": "du", "des"): a phrase of this file ending in the preposition is read
     * ending in each form too, so "originario di", "diretto a" also read "originario della", "diretto ad".
     */
    contractions: z.record(z.string().min(1), PhrasesSchema).default({}),
    /**
     * How the language's Latin alphabet writes the sounds of a Vietnamese name when it spells the name by ear
     * ("Bin Tuan", "Ha Tin", "Ninj Binj", "Kvang Nin"): letter groups mapped to the Cyrillic letters of the
     * Russian transcription ("nj": "нь", "kv": "ку", "č": "ч"). A name right after a province's type word that
     * no list spells is read again so, by the Cyrillic transcriptions' key (places/cyrillic.ts). Only a name
     * every letter of which the table maps is read. Of the document's own language (or its nearest kin's).
     */
    cyrillicLetters: z.record(z.string().min(1), z.string().min(1)).default({}),
    /**
     * Words saying where a storm, a flood or a landslide struck hardest ("hardest-hit", "la plus touchée", "am
     * stärksten betroffen", "больше всего пострадал", "受灾最严重"): in a round-up of several provinces, the
     * province named next to one, in its sentence, is the story's place (places/hardest-hit.ts). Written as the
     * start of the words (a stem: "más afectad" reads "más afectada" and "más afectados"). Of every language
     * the document is read with, like the other phrase lists.
     */
    hardestHit: PhrasesSchema.default([]),
    /**
     * Words saying a count or an action spans the whole country ("nationwide", "across the country", "cả
     * nước", "im ganzen Land", "全国"): in the title or the lead of a text whose title names no province, the
     * text is a national report, and a province it names further on is an example of it (places/nationwide.ts).
     * Written as the start of the words, like hardestHit.
     */
    nationwide: PhrasesSchema.default([]),
    /**
     * The country's own authorities that report national counts and run national campaigns: the ministries of
     * public security and of defence, the customs administration, the national traffic safety committee
     * ("Bộ Công an", "ministère de la Sécurité publique", "公安省", "국방부"). Named in the title or the lead of a
     * text that spreads over several provinces, none in its title, they make it a national report as a
     * nationwide phrase does (summarize.ts). Written as the start of the words, like hardestHit; a provincial
     * branch ("the customs department of X province") is not one.
     */
    nationalBodies: PhrasesSchema.default([]),
    /**
     * Words opening a bracketed gloss that names a unit as it was before it was merged ("(formerly Cu Nam
     * commune)", "(anciennement district de X)", "(ehemals Gemeinde X)"), or closing one ("(xã X cũ)", "(Hà
     * Giang cũ)"): the 2025 reorganisation made the outlets name the new commune with its old one, so a text
     * that glosses so is written after it (places/formerly.ts, era.ts). Of every language the document is read
     * with, like the other phrase lists.
     */
    formerly: PhrasesSchema.default([]),
    /**
     * Words saying an office holder held his office before ("former chairman of the X Provincial People's
     * Committee", "cựu", "ehemaligen", "전"): the province's authority after one, in its clause, is a person's past
     * post, not a force acting in the story (places/former-office.ts). Written as whole words, as the text writes
     * them.
     */
    formerOffice: PhrasesSchema.default([]),
  })
  .strict();

export type PlacesLexicon = z.infer<typeof PlacesLexiconSchema>;

export interface PhraseTable<T> {
  readonly map: ReadonlyMap<string, T>;
  readonly maxWords: number;
  /**
   * The first and the last words of the phrases: most words next to a place name are neither, which one
   * lookup tells before any phrase is built (match.ts tries every length up to maxWords).
   */
  readonly firstWords: ReadonlySet<string>;
  readonly lastWords: ReadonlySet<string>;
  /**
   * The shapes of firstWords and lastWords (text/shape.ts): asked about a word before it is sliced out of the
   * text, they rule out most words without a slice or a hash (typedLowerCase asks about every lower-case word).
   */
  readonly firstShape: Shape;
  readonly lastShape: Shape;
  /** The phrases' words from first to last (phraseAfter's walk) and from last to first (phraseBefore's). */
  readonly forward: WordTrie<T>;
  readonly backward: WordTrie<T>;
}

export interface CompiledPlacesLexicon {
  readonly before: PhraseTable<PlaceCategory>;
  readonly after: PhraseTable<PlaceCategory>;
  readonly subjectBefore: PhraseTable<true>;
  readonly subjectAfter: PhraseTable<true>;
  readonly residenceBefore: PhraseTable<true>;
  readonly residenceAfter: PhraseTable<true>;
  readonly movementBefore: PhraseTable<true>;
  readonly movementAfter: PhraseTable<true>;
  readonly referenceBefore: PhraseTable<true>;
  readonly placeBefore: PhraseTable<true>;
  readonly notPlaces: ReadonlySet<string>;
  readonly namedBefore: PhraseTable<true>;
  readonly namedAfter: PhraseTable<true>;
  /** Folded force stems of the document's language (subjectStems). */
  readonly subjectStems: readonly string[];
  /**
   * The words of the document's own subject phrases, folded: a force's name written capitalized in another
   * order than the phrases list ("Pubblica Sicurezza di", "Departamento Provincial de Policía de") is made of
   * them (match.ts, forceName).
   */
  readonly forceWords: ReadonlySet<string>;
  /** Folded case endings of the document's language, longest first. */
  readonly caseEndings: readonly string[];
  /** The document's language's Latin letters as Cyrillic ones (PlacesLexicon.cyrillicLetters), longest first. */
  readonly cyrillicLetters: LetterTable;
  /** PlacesLexicon.hardestHit, folded (text/fold.ts) as the document's folded text is. */
  readonly hardestHit: readonly string[];
  /** PlacesLexicon.nationwide, folded as hardestHit is. */
  readonly nationwide: readonly string[];
  /** PlacesLexicon.nationalBodies, folded as hardestHit is. */
  readonly nationalBodies: readonly string[];
  /** PlacesLexicon.formerly, folded as hardestHit is. */
  readonly formerly: readonly string[];
  /** PlacesLexicon.formerOffice, folded. */
  readonly formerOffice: readonly string[];
  /** The same phrases as written (NFC, lower case), for names found in text without spaces (scripts.ts). */
  readonly affixes: Affixes;
}

export interface Affixes {
  readonly before: ReadonlyMap<string, PlaceCategory>;
  readonly after: ReadonlyMap<string, PlaceCategory>;
  readonly subjectBefore: ReadonlySet<string>;
  readonly subjectAfter: ReadonlySet<string>;
  readonly subjectLinks: ReadonlySet<string>;
  readonly residenceBefore: ReadonlySet<string>;
  readonly residenceAfter: ReadonlySet<string>;
  readonly movementBefore: ReadonlySet<string>;
  readonly movementAfter: ReadonlySet<string>;
  /** PlacesLexicon.referenceBefore as written: a road named after the place ("ทางหลวงสาย X", highway X). */
  readonly referenceBefore: ReadonlySet<string>;
  /**
   * notPlaces as written: in a script without spaces a name's reading may run into them ("越通社", the Vietnam
   * News Agency, reads as the commune Việt Thông with 社 for xã).
   */
  readonly notPlaces: readonly string[];
  /** PlacesLexicon.listJoiners as written. */
  readonly listJoiners: ReadonlySet<string>;
  /** PlacesLexicon.placeAfter, in Arabic-script forms too (as notPlaces). */
  readonly placeAfter: ReadonlySet<string>;
  /** PlacesLexicon.listEnds as written. */
  readonly listEnds: ReadonlySet<string>;
  /** PlacesLexicon.roadAfter as written. */
  readonly roadAfter: ReadonlySet<string>;
  /** PlacesLexicon.roadBefore as written. */
  readonly roadBefore: ReadonlySet<string>;
  /**
   * Vietnamese family names as the document's language writes them in its own script, of three units or more
   * (people lexicon namesInScript.familyNames; shorter ones, "লে", "दो", are common words too): a bare name
   * right after one ends a person's name ("নগুয়েন সন লা" is a man, not Sơn La).
   */
  readonly familyNames: ReadonlySet<string>;
  /** Longest phrase, in code units. */
  readonly maxLength: number;
}

/** A phrase as the affix maps key it: NFC, lower case, spaces collapsed. */
export function written(phrase: string): string {
  return phrase.normalize('NFC').toLowerCase().trim().replace(/\s+/g, ' ');
}

function affixesOf(lexicons: readonly PlacesLexicon[], familyNames: readonly string[]): Affixes {
  const before = new Map<string, PlaceCategory>();
  const after = new Map<string, PlaceCategory>();
  let maxLength = 0;
  // Persian and Urdu texts are read through their letters as Arabic writes them (places/index.ts), so a phrase
  // of theirs ("کے رہائشی") is known in that form too ("كي رهائشي"); same length, so maxLength holds.
  const forms = (phrase: string): string[] => {
    const w = written(phrase);
    maxLength = Math.max(maxLength, w.length);
    const arabic = asArabicLetters(w);
    return arabic === w ? [w] : [w, arabic];
  };
  const set = (pick: (l: PlacesLexicon) => readonly string[]): Set<string> =>
    new Set(lexicons.flatMap((l) => pick(l).flatMap(forms)));
  for (const [phrase, category] of categoryPhrases(lexicons, 'before'))
    for (const w of forms(phrase)) if (!before.has(w)) before.set(w, category);
  for (const [phrase, category] of categoryPhrases(lexicons, 'after'))
    for (const w of forms(phrase)) if (!after.has(w)) after.set(w, category);
  return {
    before,
    after,
    subjectBefore: set((l) => l.subjectBefore),
    subjectAfter: set((l) => l.subjectAfter),
    subjectLinks: set((l) => l.subjectLinks),
    residenceBefore: set((l) => l.residenceBefore),
    residenceAfter: set((l) => l.residenceAfter),
    movementBefore: set((l) => l.movementBefore),
    movementAfter: set((l) => l.movementAfter),
    referenceBefore: set((l) => l.referenceBefore),
    // In Arabic-script forms too: Persian and Urdu are read through their letters as Arabic writes them.
    notPlaces: [...new Set(lexicons.flatMap((l) => l.notPlaces.flatMap(forms)))],
    listJoiners: new Set(lexicons.flatMap((l) => l.listJoiners.map(written))),
    placeAfter: set((l) => l.placeAfter),
    listEnds: new Set(lexicons.flatMap((l) => l.listEnds.map(written))),
    roadAfter: set((l) => l.roadAfter),
    roadBefore: set((l) => l.roadBefore),
    familyNames: new Set(familyNames.map(written).filter((w) => w.length >= MIN_FAMILY_NAME)),
    maxLength,
  };
}

/** Shortest family name in a script that Affixes.familyNames keeps, in code units. */
const MIN_FAMILY_NAME = 3;

/**
 * The Vietnamese family names a language's people lexicon writes in its script (none for a Latin one), from the
 * people lexicons as people validated them: one validation of people.json, not a second one here.
 */
function familyNamesInScript(language: string | undefined): readonly string[] {
  if (language === undefined) return [];
  return loadPeopleLexicons().get(language)?.namesInScript?.familyNames ?? [];
}

/** Validates every language's places.json once; a broken file fails loudly at cold start, naming the path. */
export function loadPlacesLexicons(raw: LexiconRegistry = LEXICONS): ReadonlyMap<string, PlacesLexicon> {
  return loadLexicons(PlacesLexiconSchema, 'places', raw);
}

function shapeOf(words: Iterable<string>): Shape {
  const shape = new Shape();
  for (const word of words) shape.add(word);
  return shape;
}

function table<T>(entries: Iterable<readonly [string, T]>): PhraseTable<T> {
  const map = new Map<string, T>();
  let maxWords = 0;
  for (const [phrase, value] of entries) {
    const key = keyOf(phrase);
    if (key === '') continue;
    // A longer, more specific category never gets overwritten by a later language.
    if (!map.has(key)) map.set(key, value);
    maxWords = Math.max(maxWords, key.split(' ').length);
  }
  const phrases = [...map].map(([key, value]) => [key.split(' '), value] as const);
  const words = phrases.map(([w]) => w);
  const firstWords = new Set(words.map((w) => w[0]!));
  const lastWords = new Set(words.map((w) => w[w.length - 1]!));
  return {
    map,
    maxWords,
    firstWords,
    lastWords,
    firstShape: shapeOf(firstWords),
    lastShape: shapeOf(lastWords),
    forward: wordTrie(phrases),
    backward: wordTrie(phrases.map(([w, value]) => [[...w].reverse(), value] as const)),
  };
}

function* categoryPhrases(
  lexicons: readonly PlacesLexicon[],
  side: 'before' | 'after',
): Iterable<readonly [string, PlaceCategory]> {
  for (const lex of lexicons) {
    for (const category of PLACE_CATEGORIES) {
      for (const phrase of lex[side][category] ?? []) yield [phrase, category] as const;
    }
  }
}

/** The phrases of one list with each ending preposition also in its contracted forms (`contractions`). */
function withContractions(phrases: readonly string[], contractions: PlacesLexicon['contractions']): string[] {
  const out = [...phrases];
  for (const phrase of phrases) {
    const cut = phrase.lastIndexOf(' ');
    if (cut < 0) continue;
    for (const form of contractions[phrase.slice(cut + 1)] ?? []) out.push(`${phrase.slice(0, cut)} ${form}`);
  }
  return out;
}

/** A lexicon with its own contractions applied to every phrase list (never to another language's). */
function contracted(lex: PlacesLexicon): PlacesLexicon {
  const c = lex.contractions;
  if (Object.keys(c).length === 0) return lex;
  const side = (s: PlacesLexicon['before']): PlacesLexicon['before'] =>
    Object.fromEntries(Object.entries(s).map(([k, v]) => [k, withContractions(v, c)]));
  return {
    ...lex,
    before: side(lex.before),
    subjectBefore: withContractions(lex.subjectBefore, c),
    residenceBefore: withContractions(lex.residenceBefore, c),
    movementBefore: withContractions(lex.movementBefore, c),
    referenceBefore: withContractions(lex.referenceBefore, c),
    placeBefore: withContractions(lex.placeBefore, c),
  };
}

/** Merges the given languages' phrases (first language wins on conflicts). */
export function compilePlacesLexicon(
  given: readonly PlacesLexicon[],
  caseEndings: readonly string[] = [],
  subjectStems: readonly string[] = [],
  /** The document's own subject phrases (forceWords). */
  ownSubjects: readonly string[] = [],
  cyrillicLetters: Readonly<Record<string, string>> = {},
  /** The document's language's Vietnamese family names in its script (Affixes.familyNames). */
  familyNames: readonly string[] = [],
): CompiledPlacesLexicon {
  const lexicons = given.map(contracted);
  return {
    before: table(categoryPhrases(lexicons, 'before')),
    after: table(categoryPhrases(lexicons, 'after')),
    subjectBefore: table(lexicons.flatMap((l) => l.subjectBefore.map((p) => [p, true] as const))),
    subjectAfter: table(lexicons.flatMap((l) => l.subjectAfter.map((p) => [p, true] as const))),
    residenceBefore: table(lexicons.flatMap((l) => l.residenceBefore.map((p) => [p, true] as const))),
    residenceAfter: table(lexicons.flatMap((l) => l.residenceAfter.map((p) => [p, true] as const))),
    movementBefore: table(lexicons.flatMap((l) => l.movementBefore.map((p) => [p, true] as const))),
    movementAfter: table(lexicons.flatMap((l) => l.movementAfter.map((p) => [p, true] as const))),
    referenceBefore: table(lexicons.flatMap((l) => l.referenceBefore.map((p) => [p, true] as const))),
    placeBefore: table(lexicons.flatMap((l) => l.placeBefore.map((p) => [p, true] as const))),
    notPlaces: new Set(lexicons.flatMap((l) => l.notPlaces.map(keyOf))),
    namedBefore: table(lexicons.flatMap((l) => l.namedBefore.map((p) => [p, true] as const))),
    namedAfter: table(lexicons.flatMap((l) => l.namedAfter.map((p) => [p, true] as const))),
    caseEndings: [...new Set(caseEndings.map(keyOf))].sort((a, b) => b.length - a.length),
    cyrillicLetters: letterTable(cyrillicLetters),
    subjectStems: [...new Set(subjectStems.map(keyOf))],
    forceWords: new Set(ownSubjects.flatMap((p) => keyOf(p).split(' ')).filter((w) => w !== '')),
    hardestHit: [...new Set(lexicons.flatMap((l) => l.hardestHit.map((p) => fold(written(p)))))],
    nationwide: [...new Set(lexicons.flatMap((l) => l.nationwide.map((p) => fold(written(p)))))],
    nationalBodies: [...new Set(lexicons.flatMap((l) => l.nationalBodies.map((p) => fold(written(p)))))],
    formerly: [...new Set(lexicons.flatMap((l) => l.formerly.map((p) => fold(written(p)))))],
    formerOffice: [...new Set(lexicons.flatMap((l) => l.formerOffice.map((p) => fold(written(p)))))],
    affixes: affixesOf(lexicons, familyNames),
  };
}

/**
 * True for what a report writes between a locality and its province ("Ky Son, Nghe An", "Thanh Thuy in Ha
 * Giang", "Mai Chau, provincia di Hoa Binh"): punctuation, a preposition of place, a province's type word, or
 * the two.
 */
export function joinsProvince(lex: CompiledPlacesLexicon, gap: string): boolean {
  const key = keyOf(gap);
  if (joinsKey(lex, key)) return true;
  // The locality's own type word written after it comes first in the gap: "বিন তান জেলা, ভিন লং প্রদেশ"
  // (Bình Tân district, Vĩnh Long province), "Hoa Vang district, Da Nang". Not a province's: that is no locality.
  const words = key.split(' ');
  for (let n = 1; n <= words.length; n++) {
    const type = lex.after.map.get(words.slice(0, n).join(' '));
    if (type !== undefined && type !== 'province' && joinsKey(lex, words.slice(n).join(' '))) return true;
  }
  return false;
}

/** joinsProvince on the gap's folded words. */
function joinsKey(lex: CompiledPlacesLexicon, key: string): boolean {
  if (key === '' || lex.placeBefore.map.has(key) || lex.before.map.get(key) === 'province') return true;
  const cut = key.indexOf(' ');
  return (
    cut > 0 &&
    lex.placeBefore.map.has(key.slice(0, cut)) &&
    lex.before.map.get(key.slice(cut + 1)) === 'province'
  );
}

let all: ReadonlyMap<string, PlacesLexicon> | undefined;
const compiled = new Map<string, CompiledPlacesLexicon>();

/**
 * The phrases used for a document: its language first, then Vietnamese (machine translations keep
 * "xã", "tỉnh"... untranslated), then English. A language without a places.json falls back to all of them.
 */
export function placesLexiconFor(language: string): CompiledPlacesLexicon {
  const hit = compiled.get(language);
  if (hit) return hit;
  all ??= loadPlacesLexicons();
  const chosen = readingOrder('places', language, all.keys()).flatMap((l) => {
    const lex = all?.get(l);
    return lex ? [lex] : [];
  });
  // Only the document's own language declines names: another language's endings would cut real names. A
  // language without a file declines as its nearest kin with one does (kinship.json: Croatian and Bosnian
  // as Serbian, one Serbo-Croatian case system).
  const ownLanguage = all.has(language) ? language : kinOf(language, all.keys())[0];
  const own = ownLanguage === undefined ? undefined : all.get(ownLanguage);
  const ownSubjects = own ? contracted(own).subjectBefore : [];
  const result = compilePlacesLexicon(
    chosen,
    own?.caseEndings,
    own?.subjectStems,
    ownSubjects,
    own?.cyrillicLetters,
    familyNamesInScript(ownLanguage),
  );
  compiled.set(language, result);
  return result;
}
