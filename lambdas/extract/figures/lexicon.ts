/**
 * The per-language data of the figures stage (lexicons/<lang>/figures.json), validated once and compiled into
 * maps and regexes so that extraction is a linear pass with no per-word regex compilation.
 *
 * All words are written folded (lower case, no diacritics, see text/fold.ts). A trailing '*' marks a stem:
 * "przypadk*" matches "przypadki", "przypadkow", "przypadkach". Spaces separate words of a phrase.
 */
import { z } from 'zod';
import { LEXICONS } from '../lexicons/index.generated.js';
import { lexiconLanguage, parseLexicon } from '../lexicons/load.js';
import { TOPICS, UNITS, type Topic, type Unit } from '../../shared/vocabulary.js';
import { lower } from '../text/case.js';
import { fold } from '../text/fold.js';
import { modernToneMarks } from '../text/vietnamese.js';
import { asSimplified } from '../text/simplified.js';
import { firstCharSearch, type GroupSearch } from '../text/group-search.js';
import { alternationByFirstChar, alternativesByFirstChar } from '../text/regex.js';
import { Shape } from '../text/shape.js';
import {
  calendarWords,
  dateFieldWord,
  pluralHourWord,
  relativeDayWords,
  dayPeriodPattern,
  numberSeparators,
  shortMonthWords,
  weekdayWords,
  yearOffset,
} from '../text/locale.js';
import { withNumberForms } from './number-forms.js';
import { withDemonymForms } from './demonym-forms.js';
import { SI_SYMBOLS } from './si-symbols.js';
import { compileAgentNouns, type AgentNounRule } from './agent-nouns.js';
import { compileAgentive, type AgentiveRule } from './agentive.js';
import {
  currencyWordCodes,
  localeCurrencies,
  localeFigures,
  loneScaleWords,
  spanAndDistanceWords,
} from './locale.js';

const Words = z.array(z.string().min(1));

/** A lexicon's number forms when it lists none (the schema's default, and the locale-only lexicon's). */
function noNumberForms() {
  return { stems: {}, endings: [], personEndings: [], tensBefore: {}, tensAfter: {}, multipliersAfter: {} };
}

/** The verbs and marks of a tally (see FiguresLexiconSchema.tallies), every list empty when a lexicon omits it. */
const TalliesSchema = z.object({
  before: Words.default([]),
  after: Words.default([]),
  doers: Words.default([]),
  between: Words.default([]),
  obliques: Words.default([]),
  objects: Words.default([]),
  harms: Words.default([]),
  crashes: Words.default([]),
});

export const FiguresLexiconSchema = z.object({
  /** The file's JSON Schema (lexicons/schemas/), for editors; not read by the engine. */
  $schema: z.string().optional(),
  /** Decimal separator, when it differs from Intl.NumberFormat's for the language (which is the default). */
  decimal: z.enum([',', '.']).optional(),
  /**
   * Thousands separators besides the (always accepted) space: "." or ",". Default: Intl.NumberFormat's
   * grouping separator for the language when it is one of these; list them to accept more (machine
   * translations write "3.156" in French).
   */
  thousands: z.array(z.enum(['.', ','])).optional(),
  /** Spelled numbers, every inflected form ("deux", "dwa", "dwie", "dwoch"...). */
  numberWords: z.record(z.string(), z.number()),
  /**
   * Match number words on the text with its diacritics (lower-cased), not folded: in Vietnamese folding
   * makes "hai" (two) and "hại" (harm), "ba" (three) and "bà" (Mrs) the same word.
   */
  numberWordsKeepDiacritics: z.boolean().default(false),
  /**
   * Inflected number words made from stems (figures/number-forms.ts), for languages that glue case endings to
   * a spelled number (fi "kahdessa", hu "háromban"): `stems` are the oblique stems by value ("kahde": 2,
   * "hárm": 3), each taking every `endings` entry as a number word and every `personEndings` entry as a
   * personal numeral (hu "-an"/"-en": "hárman", three of them; see `personNumbers`). `tensBefore` are tens
   * glued before a unit form (hu "tizen": 10, "huszon": 20), `tensAfter` after it (fi "toista": 10).
   * `multipliersAfter`: hundreds and thousands glued after a unit word, which multiplies them, and before the
   * rest, which adds (hu "hatszáz" 600, "hatszázötven" 650, "kétezer" 2000).
   */
  numberForms: z
    .object({
      stems: z.record(z.string(), z.number()).default({}),
      endings: Words.default([]),
      personEndings: Words.default([]),
      tensBefore: z.record(z.string(), z.number()).default({}),
      tensAfter: z.record(z.string(), z.number()).default({}),
      multipliersAfter: z.record(z.string(), z.number()).default({}),
    })
    .default(noNumberForms()),
  /** Words joining a tens word and a unit word ("vingt et un", "veinte y uno"). */
  numberJoiners: Words.default([]),
  /**
   * Words right before a number that add a fraction to it, as the Indic numeral systems write a quarter and a
   * half over a whole (hi "साढ़े 16 हजार" 16 500, "सवा 3" 3¼, "पौने 2" 1¾; bn "সাড়ে", ur "ساڑھے"): word →
   * the fraction added (negative: taken off). Before a scale word alone they count one scale ("सवा लाख",
   * 125 000). See figures/fractions.ts.
   */
  fractionPrefixes: z.record(z.string(), z.number()).default({}),
  /**
   * Scale words stand before their multiplier, as in Swahili ("elfu 15", 15 000; "dola milioni 6", six million
   * dollars; "watu elfu mbili", two thousand people): a scale word right before a number scales it
   * (figures/scales-before.ts).
   */
  scalesBeforeNumber: z.boolean().default(false),
  /**
   * Two-word phrases that start with a number word and name no number: there the number word is a word
   * (vi "hai bên", both sides; "ba lô", a backpack; "ba mẹ", parents, where "ba" is father).
   */
  numberIdioms: Words.default([]),
  /**
   * Numbers below a hundred are spelled units first: the units and a joiner before the tens (Arabic "خمسة
   * وعشرون", 25), the units before the word for ten (Arabic "ستة عشر", 16).
   */
  unitsBeforeTens: z.boolean().default(false),
  /**
   * Number words multiply: a digit word times the multiplier word after it, the rest added (vi "hai mươi lăm"
   * 25, "ba trăm" 300, "mười hai" 12; figures/multiplied.ts).
   */
  multipliedNumbers: z.boolean().default(false),
  /**
   * In a segmented script, the number word one before any classifier is the numeral ("รถยนต์หนึ่งคัน", one car):
   * Thai writes "a" with the classifier first ("ชายคนหนึ่ง", a man). Without it, one counts before a
   * classifier of persons only (figures/segmented.ts).
   */
  oneBeforeClassifier: z.boolean().default(false),
  /**
   * In a glued script, the words of occurring right before which a numeral one and a classifier of cases count
   * one incident (zh "发生一起交通事故", one accident occurred): elsewhere "一起" is as often "together"
   * (figures/tokens.ts).
   */
  oneCaseAfter: Words.default([]),
  /** With multipliedNumbers: digit words that are numbers only before a multiplier (vi "năm", five and year). */
  multiplierDigits: z.record(z.string(), z.number()).default({}),
  /**
   * Digit words, as written (in lower case, with their diacritics), that are numbers before a counted noun too
   * (vi "năm đối tượng", five suspects; folded, "năm" is "nam", male): figures/digit-before-noun.ts.
   */
  digitsBeforeNoun: z.record(z.string(), z.number()).default({}),
  /** Words after which a digit word of `digitsBeforeNoun` is the noun it also is (vi "mỗi năm", each year). */
  nounDigitAfter: Words.default([]),
  /**
   * With multipliedNumbers: multiplier words that hold their own one (id/ms "seratus", a hundred: "se-" is one),
   * a number with no digit word before them, as "một trăm" is after its article ("ratus" alone is a word:
   * "beberapa ratus", several hundred).
   */
  wholeMultipliers: Words.default([]),
  /**
   * With multipliedNumbers: words before a multiplier with no digit word that give it its one, as the article
   * does ("một trăm", 100): vi "cả trăm trinh sát" (a whole hundred detectives, 100); "hàng trăm" (hundreds of)
   * stays vague. Without it: words of one that count only before a scale word of a thousand or more, as an
   * article does ("a million"), where the lexicon keeps them out of numberWords (bn "এক লাখ", one lakh,
   * 100,000; "এক" before a noun is left to the article's rules): measured.ts.
   */
  oneBeforeMultiplier: Words.default([]),
  /** With multipliedNumbers: words after a digit word that add ten to it (id/ms "dua belas", 12). */
  teensAfter: Words.default([]),
  /** Scale words after a number: "millions" 1e6, "mld" 1e9, "ty" 1e9. */
  scales: z.record(z.string(), z.number()),
  /** Counted nouns by unit, with their inflected forms or stems. */
  units: z.partialRecord(z.enum(UNITS), Words),
  /**
   * Unit words matched on the word as written (in lower case, with its diacritics) before the folded lists,
   * where folding makes them another word: Vietnamese "nam" (men) folds to "năm" (year), so "25 nam và 15
   * nữ" would read as a time span.
   */
  unitsAsWritten: z.partialRecord(z.enum(UNITS), Words).default({}),
  /**
   * Classifiers that count whatever the noun before the number names ("오토바이 5대", five motorbikes): the
   * figure takes that noun's unit, and is no figure when the noun is not a unit word ("20대 남성", a man in
   * his twenties).
   */
  counters: Words.default([]),
  /**
   * Classifiers that count what a unit noun next to them names (before the number, or after a connector:
   * ja "バイク3台", three motorbikes; "2台のバイク"), and this unit when none is named ("携帯電話30台",
   * thirty phones: `other`). Unlike `counters`, they are counts by themselves.
   */
  counterDefaults: z.partialRecord(z.enum(UNITS), Words).default({}),
  /**
   * Nouns a number counts when they follow it where the language's own order puts a classifier there: Thai
   * translated from Vietnamese keeps "3 ผู้ต้องหา" (three suspects) for "3 đối tượng". Read as units, but
   * unlike a classifier they do not make a number after a name word count ("มาตรา 249 ผู้ต้องหา…", article
   * 249, the suspect...), nor a year ("ปี 2024 เจ้าหน้าที่…", in 2024 the officials...).
   */
  nounsAfterNumber: z.partialRecord(z.enum(UNITS), Words).default({}),
  /** Particles joining a classifier to the noun it counts, written after it (ja "の": "2台のバイク"). */
  counterLinks: Words.default([]),
  /**
   * Case particles of an unspaced script that mark a noun whose count floats after it (ja "を":
   * "犯罪を35件摘発", detected 35 crimes): the noun before the particle is the counted noun (topic.ts
   * nounZoneStart). One character each.
   */
  floatingCountMarks: Words.default([]),
  /**
   * Head nouns of unspaced scripts that a general classifier read as `other` (zh 个/件) counts when they close
   * the short noun phrase right after it ("9个进出口货物包裹", nine import parcels): the noun sets the unit.
   */
  nounsAfterClassifier: z.partialRecord(z.enum(UNITS), Words).default({}),
  /**
   * Names of foreign currencies by ISO 4217 code ("USD": ["dollar*", "usd"], "CNY": ["nhan dan te"]): an amount
   * in one is unit `other` with that currency, never `vnd`. Read after a number and right before one
   * ("USD 12.2 million"). ISO codes written in capitals and currency symbols are known without data.
   */
  currencies: z.record(z.string().regex(/^[A-Z]{3}$/, 'ISO 4217 code'), Words).default({}),
  /** Unit nouns whose value is scaled into the unit ("tonne*": 1000 into kg, "g": 0.001). */
  unitFactors: z.record(z.string(), z.number()).default({}),
  /** Words that may stand between a number (or scale) and its noun: "de", "d'", "of". */
  connectors: Words,
  /**
   * "7 sur 19", "7 z 19", "7 of 19", "27 van de 29": a part of a whole (phrases allowed). The same words open
   * a clause naming the whole before its part ("Of the injured, 7 are…", "Tra i feriti, 3…"): partitive.ts.
   */
  pairWords: Words,
  /**
   * "8 à 10 millions", "od 8 do 10 mln", "from 8 to 10 million": a range, whose first number takes the unit
   * and scale written after the second. A dash between spaced numbers is a range in every language.
   */
  rangeWords: Words.default([]),
  /**
   * "entre 2,5 et 3,5 tonnes", "zwischen 20 und 50 Millionen", "between 10 and 15 kg": a word before a number
   * that makes the conjunction after it a range word (the first bound takes the second's unit and scale).
   */
  rangeOpeners: Words.default([]),
  /** "138 et 1523": a number joined to a blocked one is blocked too. */
  conjunctions: Words,
  /**
   * Month names and other date words: a number next to one is a date. Intl.DateTimeFormat's month and
   * weekday names for the language are always added; list here only other forms (abbreviations, cases).
   */
  months: Words.default([]),
  /** Time spans after a number ("annees", "mois", "miesiac*"): durations are not counts here. */
  durations: Words,
  /** Lengths after a number ("km", "kilometres", "metres"): a distance is not a count here. */
  distances: Words.default([]),
  /**
   * Marks of the hour written against its number (vi "15g", "15g30", g for giờ): with minutes after it, or a
   * day period ("15g chiều", 3 p.m.), the number is an hour of the clock, not a mass in grams (date-field.ts).
   */
  hourMarks: Words.default([]),
  /**
   * Words before a number that tell its hour mark is the hour's (vi "lúc 7g", at 7 o'clock): "7g" alone, with
   * no minutes or day period after it, is a mass in grams ("7g ma túy") unless such a word dates it (date-field.ts).
   */
  hoursBefore: Words.default([]),
  /**
   * Words of a legal limit after a number and its unit (ko "미만", below; "초과*", above): the number is the
   * limit a rule sets ("0.25mg/L 미만"), no count or measure of the story (limits.ts).
   */
  limitsAfter: Words.default([]),
  /**
   * Sizes after a number ("seats", "Sitzplätze", "인승", "人乗り"): what a vehicle holds, not a count of anything
   * ("a 16-seat bus carrying 12 passengers" counts 12). In a glued lexicon they may start a longer word.
   */
  sizes: Words.default([]),
  /**
   * Words of capacity before a number ("capacity of", "sức chứa", ar "تتسع", "مقاعد"): a number of persons
   * within a few words after one is what a vehicle or a hall holds, not people of the story (capacity.ts).
   */
  capacities: Words.default([]),
  /**
   * A generic thing named by what it resembles, before the noun it likens the thing to (vi "vật giống", "vật có
   * đặc điểm giống": "1 vật giống súng", an object like a gun): the number counts what that noun names, as the
   * gold counts a gun-like object among the weapons seized (read.ts matchUnit).
   */
  likenesses: Words.default([]),
  /**
   * Person nouns that give a vehicle's size when the number stands right after a vehicle noun (id, ms "mobil
   * 4 penumpang", a four-passenger car): after any other word they count persons ("membawa 4 penumpang").
   */
  sizesAfterVehicle: Words.default([]),
  /**
   * The denominators of a fraction written in words ("quarti", "Drittel", "thirds"): a number right before one
   * is its numerator, a share of a whole ("i tre quarti dei fermati", three quarters of those held), no count.
   */
  fractionWords: Words.default([]),
  /**
   * Suffixes that make an adjective of the noun they are glued to (bn -গত, "pertaining to": ব্যক্তিগত, private,
   * from ব্যক্তি, person; দলগত, collective, from দল, group): in a glued lexicon a unit that starts a word so
   * continued is no noun of the count ("1,100টি ব্যক্তিগত বাড়ি" counts houses, not persons).
   */
  adjectiveSuffixes: Words.default([]),
  /**
   * Nouns of a glued lexicon that start with a counter but are other words (ko "병원", hospital, starts with
   * 병, the counter of bottles; "대원", a member, with 대, of vehicles): a number word before one ("하노이의 한
   * 병원", a hospital in Hanoi) counts no bottle, as a counter that starts a longer word of time counts nothing.
   */
  unitLookalikes: Words.default([]),
  /**
   * Words right after a number that make it a label, where the language writes the label after its number
   * (Bengali "২৪৯ ধারা", section 249; "৫ নম্বর ওয়ার্ড", ward number 5): a section of a code or a number of a
   * ward is no count. The words right before a number are nameWords.
   */
  labelsAfter: Words.default([]),
  /**
   * Family names that open the name of a street, as the language writes them ("Nguyễn", "Lê"; ur "نگوین", bn
   * "নগুয়েন"): Vietnam's streets are mostly named after persons, so a number in digits right before one is a
   * house number ("45 Nguyễn Trãi", "۲۳ نگوین بن"), no count (figures/house-number.ts). Only names that are no
   * common word of the language (not ur "ہو", to be, nor bn "দিন", day); in a script with case the text must
   * write the name capitalised. In a glued script an entry may start a longer word (its case ending; ko runs
   * the whole name together, "호앙반투", so only names of two syllables or more). Where the street word opens
   * the name (ms, id "893 Jalan Hung Phu"), that word, capitalised: "5 jalan" counts roads.
   */
  streetsAfter: Words.default([]),
  /**
   * Street words that open a street's name, in a segmented script (th "ถนน", "ซอย"; km "ផ្លូវ"): a number right
   * after the name that follows one ends the name ("ถนนเลียนคู 4-5"), no count (figures/segmented.ts).
   */
  streetsBefore: Words.default([]),
  /**
   * Words of the body ("body", "corps", "cơ thể", "тела", "全身", "전신"): a percent within a few words of one,
   * on either side, is the share of a body burned or hurt ("burns over 60% of the body", "全身60%烧伤"), no
   * count (the gold lists "около 30% тела" among its non-figures). In a glued lexicon they may stand inside a
   * longer word.
   */
  bodyWords: Words.default([]),
  /**
   * Words of burns ("burns", "brûlés", "bỏng", "ожогами"): a percent a few words after one is the share of a
   * body burned ("bỏng 60%", "brûlés à 60 %"). Only before it: "60% of the victims had burns" is a share of
   * persons, which the gold counts.
   */
  burnWords: Words.default([]),
  /**
   * Words of "per" glued after a unit (ja "あたり", "当たり"; ko "당"): "呼気1リットルあたり0.25mg", "1리터당" name the
   * denominator of a rate, no count (figures/per.ts). Glued lexicons only.
   */
  perAfterUnit: Words.default([]),
  /** Words of "per" right before a number (zh "每": "每1升呼气"; en "per": "per 1 litre"): the rate's denominator. */
  perBefore: Words.default([]),
  /**
   * Words of "all of" glued after a classifier (ja "とも", "ともに": "2台とも", both of the two): the number names
   * again things its sentence named before it, so the classifier counts that noun (figures/all-of.ts).
   */
  allAfterClassifier: Words.default([]),
  /**
   * The word right before a number makes it a name or identifier ("decret", "n", "komitet*", "niveau", "ward"),
   * or an anaphoric count that repeats things already named ("ces deux projets"). Entries may be two-word
   * phrases ending right before the number ("muc do" 2).
   */
  nameWords: Words,
  /**
   * Name words that are also verbs taking a count (vi "điều": "Điều 249", article 249, but "điều 2 phương
   * tiện", dispatched two craft; "thu": "thứ 5", Thursday, but "thu 5 xe máy", seized five motorbikes): the
   * number right after one counts when a unit noun follows it (after a connector: "thu 2 chiếc xe máy").
   */
  nameVerbs: Words.default([]),
  /**
   * Name words matched on the word as written (lower case, with its diacritics), where folding makes them
   * another word: Vietnamese "tầng 3" (third floor) and "bản Lắc 6" (a village) are names, but "tặng 50
   * suất quà" (gave 50 gift packs) and "bán 5 kg" (sold 5 kg) count; "tang" and "ban" cannot be name words.
   */
  nameWordsAsWritten: Words.default([]),
  /**
   * Demonstratives before a number ("these", "ces", "diese", "estos"): the number names again things the text
   * counted before, and is a figure only when that count is one of its figures ("3 suspects… these 3
   * suspects"); after a list of names ("the projects 408P and 006N. These two projects") it counts nothing.
   */
  demonstratives: Words.default([]),
  /** Words after a number that show it counts nothing (function words, "fois", verbs "ont", "sont"). */
  functionWords: Words,
  /** Cues right before a number: "pres de", "plus de", "okolo". */
  approximate: Words,
  /**
   * Indefinite articles, which also mean "one" ("une", "a", "ein", "een"): an item of a list of counted
   * things written with one ("saisi une voiture, une moto et quatre portables") counts 1 of its noun.
   * At most five letters each: the figures stage tests a word's length before reading it as one.
   */
  indefinite: z.array(z.string().min(1).max(5)).default([]),
  /**
   * Indefinite articles that hold a classifier of persons (bn "একজন", one + the person classifier জন): a
   * listed single written with one counts a person even when no person noun follows ("চার জন …, দুই জন …
   * ও একজন হোয়া বিনহ্ প্রদেশের", one of them from Hoa Binh). Each must also be one of indefinite.
   */
  personArticles: Words.default([]),
  /**
   * Nouns of an amount ("amount", "quantité", "cantidad", "Menge"): an indefinite article before one, or
   * before an adjective and one ("a large amount of heroin", "una cantidad enorme de cocaína"), introduces
   * an amount of what follows, never one listed item. Only the lexicons with indefinite articles need them.
   */
  amountNouns: Words.default([]),
  /**
   * Nouns of an approximate number, read after an indefinite article or a cue of approximation as that
   * number of what follows them ("une centaine de policiers", about 100 officers; "a dozen suspects"; "una
   * decena de detenidos"; vi "hơn chục người", more than ten people). Without either they are plural vagueness
   * ("des dizaines de", "hàng chục"): no count. Written with their diacritics where number words keep them.
   */
  collectives: z.record(z.string(), z.number()).default({}),
  /**
   * Words of segmented scripts that make a lone multiplier after them plural vagueness, no count: th หลาย
   * (many: "หลายสิบนาย", several tens of officers), นับ (counting: "นับสิบคน", tens of people). A multiplier
   * alone counts otherwise ("สิบนาย", ten officers). In zh and ja (数, 几: "数十人", several tens of people)
   * they make vague any numeral written in characters glued after them; digits after them count. In vi, hàng
   * before a collective ("hàng chục triệu đồng", tens of millions of dong) makes it no count, a scale after it or none.
   * In spaced scripts they make a spelled ten, hundred or thousand right after them vague (sl "več deset
   * ranjenih", several tens injured).
   */
  vagueBeforeMultiplier: Words.default([]),
  /**
   * Words of "another" in segmented scripts, written before a classifier and the number word of one after it (th
   * อีก: "เรือประมงอีกลำหนึ่ง", another fishing boat): after the noun the lexicon counts, they count one of
   * it, though a classifier and one alone are an article ("ชายคนหนึ่ง", a man). Without the noun before them
   * they name the other of things already counted ("…สองคัน คันหนึ่ง… อีกคันหนึ่ง…", the other one), no count.
   */
  anotherBefore: Words.default([]),
  /**
   * Plural numerals of vague quantity, also among numberWords where a numeral before them multiplies them:
   * "tens / dozens / hundreds of" (el δεκάδες, fi satoja, ur درجنوں, he מאות). Alone they count nothing, as
   * "dozens of people" counts nothing in any language (README: a vague quantity is no figure); after a
   * numeral they are its multiplier ("שלוש מאות", three hundred; "dvije stotine", two hundred).
   */
  vagueNumerals: Words.default([]),
  /**
   * Definite articles before a plural ("the", "les", "los"): "the two are in custody", with no noun, counts
   * again what the text counted before with that number.
   */
  definite: Words.default([]),
  /**
   * Possessive determiners of a plural ("their", "his", "ses", "sus", "seus", "zijn", "hun"): after a connector
   * they stand where the definite article stands, "thirteen of his relatives", "treize de ses proches", "dertien
   * van zijn familieleden" count the relatives as "thirteen of the relatives" does (two or more only: "one of
   * her lawyers" singles one out).
   */
  possessives: Words.default([]),
  /** Cues earlier in the clause that make the figure a goal: "vise*", "objectif*", "d'ici". */
  target: Words,
  /** How many words after a number (and its scale and connectors) may be read to find the counted noun. */
  nounWindow: z.number().int().min(1).max(6).default(4),
  /** Phrases before a number that announce a count and override nameWords ("tong so" 40: "a total of 40"). */
  countPhrases: Words.default([]),
  /**
   * Number words that count persons by themselves, as the language's personal or collective numerals do
   * (Slovak "traja", Bulgarian "трима", Ukrainian "троє", Tamil "நால்வர்"): with no counted noun of their own
   * they count persons. Each must also be a number word.
   */
  personNumbers: Words.default([]),
  /**
   * Number words that carry their classifier (bn "দু’টি", "তিনটি": two, three + টি), which count the unit
   * noun written right before them when no noun follows ("গাড়ি দু’টি নদীতে পড়ে", the two vehicles fell into
   * the river): figures/classified.ts. Each must also be a number word.
   */
  classifiedNumbers: Words.default([]),
  /**
   * Unit words of `other` that are a classifier of things in general (ko "개"): a unit noun written as a word
   * of its own right before the number names what it counts ("권총 3개", "권총 3 개", three pistols);
   * figures/classified.ts. Each must also be a unit word of `other`.
   */
  genericClassifiers: Words.default([]),
  /**
   * Number words for "both" (German "beide", Russian "оба", Czech "obou"): two only before a noun of persons
   * ("die beiden Verdächtigen", "обоих задержанных"); "beider Länder", "в обоих случаях" name the two sides
   * of a relation or a repeat, no count. Each must also be a number word.
   */
  both: Words.default([]),
  /**
   * Words for "all" that stand right before a number taking no noun (fr "tous deux", "toutes trois"; it "tutti
   * e tre"; vi "cả 2", "cả ba"): a subject naming a group told before, counted as "the two" is (count.ts).
   */
  allBefore: Words.default([]),
  /**
   * Endings of the finite verbs a plural subject takes (es "-aron", "-ieron"; fr "-ent", "-ont"; it "-ono"),
   * written without the word ("ieron"): a lower-case word after a number of two or more that ends so is
   * its verb, not its counted noun ("otras dos fallecieron", "deux autres sont morts"). Plural nouns end
   * otherwise in these languages (-s, -i). See figures/verbs.ts.
   */
  verbEndings: Words.default([]),
  /**
   * Verbs (stems with '*') telling what befell persons or what only persons do: died, were injured, fled,
   * confessed ("fallec*", "mort*", "bless*"). A number whose verb, or the participle right after it, is one
   * of them counts persons ("deux sont morts"). See figures/verbs.ts.
   */
  fateVerbs: Words.default([]),
  /**
   * The fates of fateVerbs that tell a mishap, not police work or justice: died, missing, injured, drowned,
   * rescued (never arrested, detained, sentenced, fled). An article with no topic cue at all that tells one of
   * these is a disaster or an accident, not a crime (figures/subject.ts); a language without the list keeps
   * the crime default, since an arrest with no other cue is a crime story.
   */
  mishapFates: Words.default([]),
  /**
   * Fates said after the person they befell, in a language without articles whose "one" is also "a" (vi
   * "một người tử vong", one person died; "làm một cán bộ bị thương", injured one officer): one person named
   * with the indefinite article and followed by one of these in its clause is counted (figures/fated.ts).
   */
  fatesAfter: Words.default([]),
  /**
   * Fates said before a number that has no unit of its own (th "ดับ 9 สูญหาย 5", died 9, missing 5; km
   * "ស្លាប់ ៣"; sr "Poginulo je 13, povređeno 5"; mk "Загинаа 6"; ar "وجرح 11"; en "kills 12, injures 33"): a
   * headline, a tally or a verb-first clause drops the noun of persons, and what befell them tells that persons
   * are counted. Only fates that befall persons: killed, died, injured, missing, drowned, rescued, evacuated
   * (not arrests or seizures, whose bare number may count things). Read by figures/fate-before.ts, past
   * auxiliaries (copulas, afterFate) and cues of approximation; in segmented scripts on the last words of the
   * run before the number, whole words only: "ระดับ 3" (level 3) ends in ดับ but is no fate. Where nouns go
   * before numerals, the persons counted are listed here too (sw "watu 15", fifteen people; "wengine 34", 34
   * others).
   */
  fatesBefore: Words.default([]),
  /**
   * Person nouns in the singular that count one with no numeral right after a fate of singleFates, in a
   * language without an indefinite article (ar "مقتل شخص", the killing of a person; "وتوفي طفل", a child
   * died): read by figures/bare-single.ts. Singulars only: a bare plural counts nothing.
   */
  bareSingulars: Words.default([]),
  /**
   * The fates (deaths, injuries, disappearances) after which a bare singular counts one: a person rescued or
   * arrested so named is told of, not counted ("إنقاذ شخص مصاب", rescued an injured person). No fate written
   * as a particle is: ar "فقد" (went missing) unvocalized is mostly فَقَد, "so, indeed", before any verb, and
   * "فقد طالب رئيس البلدية" (so the mayor demanded) names no student; "وفقد" cannot be that particle.
   */
  singleFates: Words.default([]),
  /**
   * Words that may stand between a fate of fatesBefore and its number, besides copulas and cues of
   * approximation and of a count: aspect particles (th "แล้ว", already: "ดับแล้ว 9", nine dead already),
   * clitics (sr "ih": "poginulo ih je 13", of them 13 died).
   */
  afterFate: Words.default([]),
  /**
   * Particles glued before a generic counter of one that make it "one of" a kind (ja "手口の1つ", one of the
   * tricks): a part named, no count. A counter linked on to a noun ("1つの部屋", one room) still counts.
   */
  oneOf: Words.default([]),
  /**
   * Verb forms of wounding or killing whose object follows them ("blessant un policier", "killing a
   * passer-by", "hiriendo a un agente", "ferindo um polícia"): an indefinite article right after one (or after
   * the personal "a"), before a person's noun, is the number one, as a numeral would be ("blessant deux
   * policiers"). Arrests are not among them: the annotators count "arrested a suspect" as seldom as not.
   */
  casualtyBefore: Words.default([]),
  /**
   * Where the indefinite article is the written numeral one (vi "một", hi "एक", ur "ایک", bn "একটি/একজন"), the
   * verbs of a tally that make "one" + a counted noun a figure, as a digit there would be: `before`, the verb
   * right before it (vi "bắt giữ một đối tượng", "thu giữ một xe ô tô"); `after`, the verb or passive after the
   * noun in its clause (vi "một xe máy bị tạm giữ", ur "ایک ٹرک … ضبط", bn "একটি মোটরবাইক জব্দ"): arrests,
   * seizures, rescues, prosecutions, destruction. `doers`: a case mark right after the noun that makes it the
   * doer, never what the tally befell (hi "ने", ur "نے"). `obliques`: a genitive or an ablative after the noun,
   * written apart (hi "के", "से"; ur "کے", "سے"; bn "থেকে") or glued as a case ending (bn "-র", "-এর"): the noun
   * is whose or where from, and the tally counts another thing ("একজন ব্যক্তির কাছ থেকে ইয়াবা জব্দ", yaba seized
   * from one person; "একটি ব্যাগ থেকে", from a bag). `objects`: the mark of a verb's object written apart (hi
   * "को", ur "کو"): after another noun, that noun is what the verb befell ("एक बस खाई में गिरी और यात्रियों को
   * बचाया", the passengers were rescued, not the bus). `harms`: the verbs among `after` that tell damage or
   * destruction; `crashes`: words of a road crash. A vehicle named with "one" and harmed in a sentence naming a
   * crash is the crash's actor, not a tally ("हादसे में एक बस क्षतिग्रस्त"); one seized after a crash counts. Elsewhere
   * "one" stays an article introducing an actor or a thing ("một người đàn ông đi xe máy", "ایک ٹرک نے ٹکر
   * ماری"). `between`: particles a verb of `before` may take before "one" (vi "được", achieved; "thêm", more:
   * "bắt giữ được một đối tượng", "khởi tố thêm một bị can"). See figures/tally.ts.
   */
  tallies: TalliesSchema.prefault({}),
  /**
   * Cues of a minimum ("al menos", "mindestens", "au moins", "pelo menos"): an indefinite article right after
   * one, before a person's noun, is the number one ("al menos una persona resultó herida", at least one person
   * was injured), as a numeral would be. Not "more than" ("más de una persona" is several): that is no count.
   */
  atLeast: Words.default([]),
  /**
   * The definite article a number word takes when it follows its noun as an adjective (ar "ال": "الأشخاص
   * الأربعة", the four persons): such a number word right after a counted noun that has the article too counts
   * that noun, as the number before it would (figures/definite-number.ts).
   */
  numberArticles: Words.default([]),
  /**
   * Phrases that open a list of the casualties ("among the dead", "parmi les blessés", ur "ہلاک ہونے والوں
   * میں"): each person named after one with an indefinite article in its sentence is one of them, as a numeral
   * would count ("among the dead were a pregnant woman and a foreign national": two persons), though no fate
   * follows the noun. Phrases of the dead, the injured and the missing only: "victims" are a fraud's as often
   * (a victim named as an example is no count), and a list of those arrested is not counted by its article
   * (README, the one table).
   */
  casualtyLists: Words.default([]),
  /**
   * Words of the police ("경찰", "полиции"): beside one the number 113, Vietnam's police emergency line, names
   * the police's rapid-response force ("Cảnh sát 113" translated: "경찰 113명", "113 сотрудникам полиции"), no
   * count (police-line.ts). Only the police's word: other numbers beside it are counts of officers.
   */
  policeWords: Words.default([]),
  /**
   * Words of a registration plate ("नंबर प्लेट", "نمبر پلیٹ", "লাইসেন্স প্লেট", "번호판"): the numbers written
   * after one, up to the plate's end, are the plate's, no count (plate-word.ts), however its series is written.
   */
  plateWords: Words.default([]),
  /**
   * Words of a border gate or checkpoint ("border gate", "सीमा द्वार", "سرحدی گیٹ", "gerbang perbatasan",
   * "пункт пропуска"): Vietnam numbers the gates of one town ("Móng Cái 1", "Lào Cai 2"), so a small number
   * between a name and one of these, or after one and a name, names the gate, no count (numbered-place.ts).
   */
  gateWords: Words.default([]),
  /**
   * Phrases that name a count before it is given ("the number of", "le nombre de", "el número de", "die Zahl
   * der", "jumlah"): a bare number later in the clause ("the number of drug addicts was 1,234") counts the noun
   * that follows the phrase.
   */
  numberOf: Words.default([]),
  /**
   * Phrases right before a number that make it a factor, not a value ("multiplied by", "multiplié par"):
   * "the number of accidents was multiplied by three" counts no accidents. See figures/tolls.ts.
   */
  factorBefore: Words.default([]),
  /**
   * Words right after a number that make it a factor ("times", "fois", "kali lipat"): "jumlah kecelakaan naik
   * tiga kali lipat" (the number of accidents tripled) counts no accidents. See figures/tolls.ts.
   */
  factorAfter: Words.default([]),
  /**
   * Nouns and phrases that name a count of persons by themselves, with no noun of persons in them: the toll
   * of a disaster or an accident ("death toll", "bilan humain", "Todeszahl", "dødstallet"). A bare number
   * later in the clause ("the death toll rose to 28", "le bilan humain s'élève à 12") counts persons, as
   * numberOf followed by a noun of persons does ("el número de muertos llegó a 51"). See figures/tolls.ts.
   */
  tolls: Words.default([]),
  /**
   * Copulas and auxiliaries (be, have, become, and modals), finite, that may stand between a number with no
   * noun of its own and the state or fate of persons said after it (no "er", "ble", "har"; en "are", "were",
   * "have been"; de "wurden", "sind"; ro "sunt", "au fost"): "15 er døde", "fem ble skadet", "50 har mistet
   * livet", "Four were injured", "patru sunt date dispărute" count persons when one of fateVerbs follows within
   * a few words. The Germanic languages, whose verbs no ending tells, need them for every such count;
   * languages whose plural verbs are told by their endings (verbEndings) only for forms those endings miss.
   * Postpositional languages list here the case particles a bare number takes before its fate (hi "3 की मौत",
   * the death of three; "5 को गिरफ्तार", five arrested; mn "8 нь гэмтжээ"). See figures/copula.ts.
   */
  copulas: Words.default([]),
  /**
   * Copulas after which a predicate-first language names the subject a number counts (tl "83 ang naitalang
   * aksidente"): figures/copula.ts subjectAfterCopula. Not every copula: hi postpositions are listed as copulas.
   */
  subjectCopulas: Words.default([]),
  /**
   * Words that make a number with no noun of its own count again what the text counted just before:
   * partitives after it ("of them", "d'entre eux", "von ihnen", "из них") or before it ("dont", "darunter",
   * "di cui", "w tym"), and "others" ("altre sei", "zehn weitere", "three others", "outros três"). A word
   * of `after` may also stand between the number and its noun ("six other culprits", "dwóch innych
   * podejrzanych"): the number counts that noun. `persons`: the words for "others" that name people when the
   * text counted nothing in reach before them ("Thang and five others", "the other two were hired"); forms
   * that exclude persons (pl "pozostałe", non-personal) are not among them. `between`: words for "other"
   * that only qualify a noun (en "other": "five other items" is no "five others"), skipped between a number
   * and its noun but never making the number elliptic.
   */
  elliptic: z
    .object({
      before: Words.default([]),
      after: Words.default([]),
      persons: Words.default([]),
      between: Words.default([]),
    })
    .default({ before: [], after: [], persons: [], between: [] }),
  /**
   * Adverbs of how badly people were hurt ("seriously", "grièvement", "ciężko", "vážně", "ernstig", "grav",
   * "тяжело"): right after a number they are no noun it counts. A part of a toll said with one and no noun
   * ("8 osób, z czego 2 ciężko", "11 passagiers, van wie 4 ernstig") counts what the whole counted; before a
   * fate the fate is read past it ("2 ciężko rannych").
   */
  degreeAdverbs: Words.default([]),
  /**
   * Endings of words that qualify a noun after them, where a language glues its genitive or its adverb to the
   * word (bn -ের: "৩টি মাদক পাচারের মামলা", three drug-trafficking cases; -ভাবে: "দুটি ব্যাপকভাবে ক্ষতিগ্রস্ত
   * কমিউন", two badly damaged communes): such a word, itself no counted noun, does not use up the window that
   * looks for the noun the number counts (figures/read.ts), twice at most.
   */
  modifierEndings: Words.default([]),
  /**
   * Genitive postpositions written apart after a noun, in the form that agrees with a plural of persons (hi
   * "के", ur "کے"): a number's noun phrase may name what the counted persons belong to before naming them
   * ("पांच माध्यमिक विद्यालय के छात्रों", five secondary-school pupils). After a content word, such a particle
   * followed by a noun of persons leads to that noun; otherwise it ends the noun phrase, as any function word
   * does (figures/read.ts). The feminine "की" is left out: "2 लाख पशुओं की मौत" (the death of 200,000 animals)
   * counts animals, and a death is a fate of persons, not persons.
   */
  genitiveLinks: Words.default([]),
  /**
   * Nationality nouns, plural, and phrases naming foreign persons ("laosianos", "sud-coreens", "Chinesen",
   * "foreign nationals", "warga asing"): persons when right after the number ("dois sul-coreanos", "three
   * Laotians"); after a noun they are its adjective ("dos barcos chinos").
   */
  demonyms: Words.default([]),
  /**
   * How the language derives a nationality noun from a country's name (demonym-forms.ts): the endings
   * added to the name as Intl names it ("ی", "ها"), and final letters the ending replaces ("ה" of he
   * "קמבודיה"). Each form is a demonym, as if listed.
   */
  demonymAffixes: z
    .object({ suffixes: Words.default([]), dropEnd: Words.default([]) })
    .default({ suffixes: [], dropEnd: [] }),
  /**
   * Nouns qualify the noun after them in the singular, and plurals end in -s (English): a unit word right
   * before a plural is its modifier ("59 paper firecrackers", "12 car batteries" count firecrackers, batteries).
   */
  modifierNouns: z.boolean().default(false),
  /**
   * Marks of approximation written between a number and its unit in glued scripts: zh "100多名警察"
   * (over 100 police officers), "300余台".
   */
  approximateAfter: Words.default([]),
  /**
   * Cues right after a count and its unit that make it a minimum, as a cue before it does: ja "30人以上"
   * (thirty people or more), ko "30명 이상", zh "30人以上", en "30 suspects or more". Read at the figure's end
   * (past spaces); in glued scripts a particle may follow the cue ("30명 이상의").
   */
  approximateAfterUnit: Words.default([]),
  /**
   * Case endings and postpositions written against a number, with or without a hyphen (Tamil "10க்கும்
   * மேற்பட்ட", more than 10; Telugu "10కి పైగా"): the number still counts the noun after them. An ordinal
   * ending ("15ஆம்") is not one of them: a number with letters against it stays an identifier.
   */
  glueSuffixes: Words.default([]),
  /**
   * Nouns of persons made by a suffix of agent or occupation (figures/agent-nouns.ts): a word after a number
   * ending in one of `endings` (after a stem of at least `minStem` letters) and then in one of `inflections`
   * counts persons (tr "8 balıkçı", "3 balıkçının"). `not`: words or stems so formed that name no person.
   */
  agentNouns: z
    .object({
      endings: Words.default([]),
      inflections: Words.default([]),
      minStem: z.number().int().min(1).default(3),
      not: Words.default([]),
    })
    .default({ endings: [], inflections: [], minStem: 3, not: [] }),
  /**
   * The agentive participle (figures/agentive.ts): an oblique infinitive ending in one of `infinitiveEndings`,
   * then one of `participles`, closes a phrase that names those who do it (ur "خلاف ورزی کرنے والوں", violators;
   * hi "नशा बेचने वाले", drug sellers): after a number, persons. `links`: the only function words the phrase
   * holds, the genitive particles inside its object ("ٹریفک قوانین کی خلاف ورزی کرنے والے") and the locative of
   * where it happens ("32 جنگلات میں لگنے والی آگ", 32 fires that broke out in forests: the noun after the
   * participle is counted).
   */
  agentive: z
    .object({
      infinitiveEndings: Words.default([]),
      participles: Words.default([]),
      links: Words.default([]),
    })
    .default({ infinitiveEndings: [], participles: [], links: [] }),
  /**
   * Group nouns that also name a team (bn bare "দল": team, party, gang): `nouns`, listed under units.group,
   * count gangs right after a noun of `offenders` ("পাচারকারী ৩টি দল", three gangs of traffickers) and teams
   * elsewhere ("১১টি প্রতিষ্ঠিত দল", eleven teams set up; rescue, police and work teams): teams-or-gangs.ts.
   */
  teamsOrGangs: z
    .object({ nouns: Words.default([]), offenders: Words.default([]) })
    .default({ nouns: [], offenders: [] }),
  /** Nouns are written as compounds ("Drogenbanden"): a unit noun may end a longer word. */
  compounds: z.boolean().default(false),
  /** Nouns start with a capital letter (German): a lower-case word after a number is not a counted noun. */
  nounsCapitalized: z.boolean().default(false),
  /**
   * Adjectives stand before their noun, joined by a conjunction ("495 عام جدید اور جامع ماڈلز", 495 typical,
   * advanced and comprehensive models): a conjunction after the first words of a count's phrase leads on to the
   * noun right after the next word. Off where nouns joined by a conjunction are as common there ("19.000
   * ballons vides et divers documents", "скота и птицы").
   */
  adjectivesJoined: z.boolean().default(false),
  /** "2." is an ordinal ("am 2. Marz") in this language. */
  ordinalDot: z.boolean().default(false),
  /**
   * Words are not separated by spaces around numbers (zh, ja, th) or carry glued particles (ko "8명이"): a
   * unit, scale or connector is read as the longest entry that starts the word after the number, a letter
   * right before a number does not make it part of a word, and cue words match anywhere in a word.
   */
  glued: z.boolean().default(false),
  /**
   * Topic cue words and phrases. In a language of compounds, a cue written with a leading '*' also ends a
   * longer word ("*schmuggel*": "Goldschmuggel", "*waffe*": "Handfeuerwaffen"), when no cue starts that word:
   * the head of a compound says what it is. (The same in `offences`, `agencies`, `fraud` and `channels`.)
   */
  topics: z.partialRecord(z.enum(TOPICS), Words),
  /**
   * Words naming an offence of general crime (theft, robbery, murder, gambling, a brawl, public disorder,
   * fraud with no online means): topic crime, and, unlike the crime words of police work (arrest,
   * investigation, suspect), a subject of its own when the article's subject is decided.
   */
  offences: Words.default([]),
  /**
   * Offences that name only the harm done to persons, which an accident does as well as an offender (id
   * "melukai", ms "mencederakan": to injure; no word of intent): an offence in a crime story, the mishap's own
   * words in an article about a crash, a fire or a disaster (topic.ts figureCues). Listed here, not in
   * `offences`.
   */
  harms: Words.default([]),
  /**
   * Weapons and tools told as used in a brawl, a robbery or an attack: evidence of the offence, read as
   * offences are (crime), not as the weapons topic, which tells of weapons seized, traded or made. A word of
   * use (`use`: "utilis* des", "usaron", "armés de") before a tool (`tools`: "armes", "couteau*",
   * "machette*"), each pair a cue ("utilisé des couteaux"; a use ending in an apostrophe is written against
   * the tool: "d'armes"), and whole `phrases` ("armes artisanales"). A tool alone is no cue: "1 couteau"
   * seized in a drug case counts for the case.
   */
  instruments: z
    .object({ use: Words.default([]), tools: Words.default([]), phrases: Words.default([]) })
    .default({ use: [], tools: [], phrases: [] }),
  /**
   * Names of police units whose branch carries a topic ("CSGT", traffic police; "PCCC", fire police): who
   * acted, not what the case is about, so they give their topic to the article only when no other subject is
   * named in it (a traffic patrol that seizes contraband tells a smuggling case). The same for the craft a
   * branch watches (fishing vessels, administration through the IUU rules): the setting of a case, so a
   * fishing boat in distress tells a rescue at sea, one without a monitoring device an IUU case.
   */
  agencies: z.partialRecord(z.enum(TOPICS), Words).default({}),
  /**
   * Words naming fraud (swindling, scams, defrauding): crime, unless the article tells the fraud was done
   * through a network (a `channels` word in its paragraph, or both in its lead), when they are cyber.
   */
  fraud: Words.default([]),
  /**
   * The means of a fraud committed at a distance: phone calls, transfers, bank accounts, text messages
   * ("am Telefon", "chuyển khoản"). A cyber cue only beside a fraud word (topic.ts byNetwork): alone they are
   * no cue (a stolen phone is no cyber crime).
   */
  channels: Words.default([]),
  /**
   * Passing oneself off as someone else ("posed as police officers", "se faisant passer pour", "gaben sich
   * als", "giả danh", "冒充", "사칭"): both a means of a scam at a distance, as a channel is, and the fraud
   * itself, so it tells a scam beside a channel with no fraud word ("posed as bank staff and called 20
   * people"), or beside a fraud word as a channel does. Alone it is no cue: police pose as buyers too.
   */
  impersonation: Words.default([]),
  /**
   * Words naming an accident of any kind ("accident", "tai nạn", "事故", "Unfall"): traffic, as most of this
   * news's accidents are, unless the article is about another event (a fire, a sinking, a flood, an
   * explosion), whose accident it then names (topic.ts figureCues, articleSubject).
   */
  accidents: Words.default([]),
  /**
   * Broad words of a calamity that name no kind of event: a disaster, a tragedy, its victims or the homeless it
   * left (ko "참사", ja "被災", hi "आपदा", fr "sinistré*", es "damnificad*"). A disaster's (other) alone, as a
   * flood's words are; but a fire or a road crash is a calamity too ("카페 화재 참사", "the fire left 40 families
   * homeless"): the nearest mishap named in the same sentence says which it is, else the article's subject
   * when it is a fire or a crash (topic.ts findCues, articleSubject, figureCues). Natural disasters named as
   * such ("자연재해", "natural disaster") stay in `topics.other`.
   */
  calamities: Words.default([]),
  /**
   * Words that state how many people live in a place, written before the count ("population", "人口",
   * "인구", "ประชากร", "berpenduduk", "проживают"): a population cue (topic population) that also tells a
   * census, so people counted right after it are the place's population, not the people of the article's
   * case (topic.ts censusBefore). Words for residents ("residents", "住民", "người dân") are not here:
   * written before a count they are its counted noun, who may be the case's people ("외국인 25명").
   */
  census: Words.default([]),
  /**
   * Words of reforming offenders ("helped 700 offenders to reform", "cảm hóa, giáo dục", "перевоспитание"): the
   * work of a mass movement or a commune's police with people released from prison or on probation. People
   * counted right after such a word are offenders in its care (crime, topic.ts reformedBefore), whatever the
   * campaign's propaganda or the arms its movement collected; alone the word is police work, as an arrest is.
   */
  reform: Words.default([]),
  /**
   * Words naming a ship or boat ("cargo ship", "ferry", "barge", "thuyền", "渔船"): no cue alone (the smugglers'
   * boat, a trawler without a licence), but an accident told in a paragraph that names a vessel is an
   * accident at sea or on a river, a disaster of the sea (other) as a sinking is, not a road crash (topic.ts
   * findCues). A leading '*' ends a compound, as in `topics` ("*schiff": "Frachtschiff").
   */
  vessels: Words.default([]),
  /**
   * Words naming a mine or its miners ("coal mine", "mỏ than", "tambang", "ορυχείο"): no cue alone (a mine
   * is where a case may be set), but an accident, a crash word or a fire told in a paragraph that names a
   * mine is a mining disaster, other as a landslide is: the mine's collapse, and its gas explosion or fire,
   * which is no fire of a house or a forest (topic.ts findCues). A leading '*' ends a compound, as in `vessels`.
   */
  mines: Words.default([]),
  /**
   * Words naming a collision, two vehicles or a vehicle and an obstacle hitting each other ("collided",
   * "va chạm", "相撞", "衝突", "Zusammenstoß"): besides being accident words, they tell the road crash of a
   * paragraph that also names a fire ("the bus collided with a truck and burst into flames"), so its fire words
   * are what the crash caused (traffic), not a house fire (topic.ts findCues). A paragraph that names a vessel
   * or a mine tells a disaster instead. A leading '*' ends a compound, as in `vessels`.
   */
  collisions: Words.default([]),
  /**
   * Explosive materials among the arms words (explosives, detonators; "взрывчат*", "thuốc nổ", "炸药"): in a
   * paragraph that names fireworks they are the firecrackers' raw materials ("500 kg of chemicals listed as
   * precursors of explosives ... for making firecrackers"), not weapons (topic.ts findCues).
   */
  explosives: Words.default([]),
  /**
   * Phrases that hold a cue word and name no topic: where counted people live ("cư trú tại", "mit Wohnsitz
   * in", "with permanent residence in" hold the administration cue of residence registration). Read as
   * cues are, the longest match winning at a position, and then dropped, so the cue inside them is not read.
   */
  notCues: Words.default([]),
  /**
   * Topic cues and goal words are written with their diacritics and matched on the lower-cased text (old and
   * new tone placement read alike: "hoá" = "hóa", modernToneMarks), not the folded one: in Vietnamese folding merges words ("vận động", campaign, and the name "Văn Đông"; "tuyên
   * dương", commend, and "tuyến đường", road; "đạn dược", ammunition, and "dân được", people are).
   */
  cuesKeepDiacritics: z.boolean().default(false),
  /**
   * Cues are written in simplified Chinese characters: a text in traditional ones ("土石流造成5人罹難",
   * "詐騙") is read through its simplified form (text/simplified.ts), and so are cues written traditional.
   */
  cuesSimplified: z.boolean().default(false),
  /**
   * One-word cues that, in a text typed without marks, are other common words too (vi "dan": "đạn", bullets,
   * and "dân", people, as in "ngu dan", fishermen; "chay": "cháy", fire, and "chạy", run): folded, and left
   * out of the cues when the text has no marks (see `cuesKeepDiacritics`).
   */
  unmarkedAmbiguous: Words.default([]),
});

export type FiguresLexicon = z.infer<typeof FiguresLexiconSchema>;

/**
 * Stems looked up by the prefixes of a word. Most words start with no stem's first letters, so the prefix of
 * the shortest stem's length is checked first, and then only the lengths some stem with that head has are
 * tried: every stem that starts the word begins with the word's head, so no other length can match, and a
 * word need not be sliced at each length of the whole lexicon.
 */
class Stems<T> {
  private readonly byStem = new Map<string, T>();
  readonly shape = new Shape();
  /** The stems' first `shortest` units → the distinct lengths of the stems starting so, longest first. */
  private lengthsByHead = new Map<string, number[]>();
  /**
   * The shapes of lengthsByHead's heads: most words a stem list is asked about (every word of an article, for
   * the units and nouns) start with no head, which this tells before the head is sliced out and hashed.
   */
  private headShape = new Shape();
  private shortest = Infinity;

  private indexed = true;

  /** Number of stems. */
  get size(): number {
    return this.byStem.size;
  }

  set(stem: string, value: T): void {
    this.byStem.set(stem, value);
    this.shape.add(stem);
    this.shortest = Math.min(this.shortest, stem.length);
    this.indexed = false;
  }

  private index(): void {
    const byHead = new Map<string, Set<number>>();
    for (const stem of this.byStem.keys()) {
      const head = stem.slice(0, this.shortest);
      const lengths = byHead.get(head);
      if (lengths) lengths.add(stem.length);
      else byHead.set(head, new Set([stem.length]));
    }
    this.lengthsByHead = new Map([...byHead].map(([head, n]) => [head, [...n].sort((x, y) => y - x)]));
    this.headShape = new Shape();
    for (const head of byHead.keys()) this.headShape.add(head);
    this.indexed = true;
  }

  /** Whether some stem could start text.slice(start, end), decided without the slice. */
  mayStart(text: string, start: number, end: number): boolean {
    if (end - start < this.shortest) return false;
    return this.shortest === 0 || this.shape.startsLike(text, start);
  }

  /** The longest stem starting the word, not shorter than `atLeast`. */
  get(word: string, atLeast = 0): T | undefined {
    const n = this.lengthOf(word, atLeast);
    return n === undefined ? undefined : this.byStem.get(word.slice(0, n));
  }

  /** The length of the longest stem starting the word, not shorter than `atLeast`; undefined when none does. */
  lengthOf(word: string, atLeast = 0): number | undefined {
    if (!this.indexed) this.index();
    if (!this.mayStart(word, 0, word.length)) return undefined;
    if (!this.headShape.mayHoldSlice(word, 0, this.shortest)) return undefined;
    const lengths = this.lengthsByHead.get(word.slice(0, this.shortest));
    if (lengths === undefined) return undefined;
    for (const n of lengths) {
      if (n > word.length) continue;
      if (n < atLeast) break;
      if (this.byStem.has(word.slice(0, n))) return n;
    }
    return undefined;
  }
}

/** A word list as an exact set plus a stem set, looked up without regexes. */
export class WordSet {
  private readonly exact = new Set<string>();
  private readonly shape = new Shape();
  private readonly stems = new Stems<true>();
  /** Longest entry, in words. */
  readonly maxWords: number;
  /** Longest exact entry, in code units. */
  private readonly longestExact: number;
  /**
   * The first and the last word of each exact entry: a phrase read word by word from a token (phraseAt,
   * phraseEndingAt) can be an entry only if that token's word is one of them, or if a stem, which matches the
   * phrase's head whatever its last word, is listed.
   */
  private readonly firstWords = new Set<string>();
  private readonly lastWords = new Set<string>();
  private readonly anyStem: boolean;

  constructor(words: readonly string[]) {
    let maxWords = 1;
    let longestExact = 0;
    for (const raw of words) {
      const w = fold(raw.trim()).replace(/\s+/g, ' ');
      maxWords = Math.max(maxWords, w.split(' ').length);
      if (w.endsWith('*')) this.stems.set(w.slice(0, -1), true);
      else {
        this.exact.add(w);
        this.shape.add(w);
        longestExact = Math.max(longestExact, w.length);
        this.firstWords.add(firstWordOf(w));
        this.lastWords.add(lastWordOf(w));
      }
    }
    this.maxWords = maxWords;
    this.longestExact = longestExact;
    this.anyStem = this.stems.size > 0;
  }

  /** False when no phrase that starts with `word` is in the set (has() of every such phrase is false). */
  mayStartPhrase(word: string): boolean {
    return this.anyStem || this.firstWords.has(firstWordOf(word));
  }

  /** False when no phrase that ends with `word` is in the set (has() of every such phrase is false). */
  mayEndPhrase(word: string): boolean {
    return this.anyStem || this.lastWords.has(lastWordOf(word));
  }

  /**
   * Length of the longest exact entry that starts the word at `from`, 0 if none (glued scripts: "个月里" starts
   * with "个月"). A search at every letter of a run passes the offset: no copy of the rest of the run, and only
   * the lengths the shape admits are sliced.
   */
  startOf(word: string, from = 0): number {
    for (let n = Math.min(this.longestExact, word.length - from); n >= 1; n--) {
      if (this.shape.mayHoldSlice(word, from, from + n) && this.exact.has(word.slice(from, from + n)))
        return n;
    }
    return 0;
  }

  /** Whether an exact entry ends the word (glued scripts: "…的第" ends with "第"). */
  endsWord(word: string): boolean {
    for (let n = Math.min(this.longestExact, word.length); n >= 1; n--) {
      if (this.exact.has(word.slice(word.length - n))) return true;
    }
    return false;
  }

  has(word: string): boolean {
    return (this.shape.mayHold(word) && this.exact.has(word)) || this.stems.get(word) !== undefined;
  }

  /**
   * has() for a phrase of words: a stem matches it only when what the stem leaves is the inflection of its own
   * word, no further word. "комисси*" (commission) names "комиссии 5", not "комиссия утвердила 8" (the
   * commission approved 8), where a verb stands between the name word and the number.
   */
  hasPhrase(phrase: string): boolean {
    if (this.shape.mayHold(phrase) && this.exact.has(phrase)) return true;
    const n = this.stems.lengthOf(phrase);
    return n !== undefined && !phrase.includes(' ', n);
  }

  /** False when has(text.slice(start, end)) is surely false: most words of a text, told without slicing. */
  mayHoldSlice(text: string, start: number, end: number): boolean {
    return this.shape.mayHoldSlice(text, start, end) || this.stems.mayStart(text, start, end);
  }
}

/** The words of a phrase are joined by one space (WordSet's entries, and the phrases read from tokens). */
function firstWordOf(phrase: string): string {
  const space = phrase.indexOf(' ');
  return space < 0 ? phrase : phrase.slice(0, space);
}

function lastWordOf(phrase: string): string {
  const space = phrase.lastIndexOf(' ');
  return space < 0 ? phrase : phrase.slice(space + 1);
}

const MIN_HEAD = 4;

/** A word of a phrase entry matches a word of the text: equal, or a stem ("user*") leaving an inflection. */
function wordMatches(entry: string, word: string): boolean {
  if (!entry.endsWith('*')) return entry === word;
  // The stem is entry's units before its '*', compared in place: wordsFrom asks this of every unit word of an
  // article, and slicing the stem out cost a string each time.
  const stem = entry.length - 1;
  if (word.length < stem || word.length - stem > MAX_INFLECTION) return false;
  for (let k = 0; k < stem; k++) if (word.charCodeAt(k) !== entry.charCodeAt(k)) return false;
  return true;
}

/** Same as WordSet but each entry carries a value; the longest match wins. */
export class WordMap<T> {
  private readonly exact = new Map<string, T>();
  private readonly shape = new Shape();
  private readonly stems = new Stems<T>();
  /** Longest phrase, in words. */
  readonly maxWords: number;
  /** First word of an exact phrase of several words → the longest such phrase, in words. */
  private readonly phraseHeads = new Map<string, number>();
  /** Longest exact entry, in code units. */
  private longestExact = 0;
  /**
   * Phrases of several words with a stem among them ("drug user*", "trestn* cin*"): each word is matched on
   * its own, a stem leaving at most an inflection. Few per lexicon, so they are tried one by one.
   */
  private readonly phraseStems: { words: string[]; value: T }[] = [];

  constructor(entries: Iterable<readonly [string, T]>) {
    let maxWords = 1;
    for (const [raw, value] of entries) {
      const w = fold(raw.trim()).replace(/\s+/g, ' ');
      const words = w.split(' ');
      maxWords = Math.max(maxWords, words.length);
      if (words.length > 1 && w.includes('*')) this.phraseStems.push({ words, value });
      else if (w.endsWith('*')) this.stems.set(w.slice(0, -1), value);
      else {
        this.exact.set(w, value);
        this.shape.add(w);
        this.longestExact = Math.max(this.longestExact, w.length);
        if (words.length > 1)
          this.phraseHeads.set(words[0]!, Math.max(words.length, this.phraseHeads.get(words[0]!) ?? 0));
      }
    }
    this.maxWords = maxWords;
  }

  /** The most words an entry starting with `word` can have: 1 unless a phrase of several starts with it. */
  wordsFrom(word: string): number {
    let most = this.phraseHeads.get(word) ?? 1;
    for (const p of this.phraseStems)
      if (p.words.length > most && wordMatches(p.words[0]!, word)) most = p.words.length;
    return most;
  }

  /** False when get(text.slice(start, end)) is surely undefined: most words of a text, told without slicing. */
  mayHoldSlice(text: string, start: number, end: number): boolean {
    return this.shape.mayHoldSlice(text, start, end) || this.stems.mayStart(text, start, end);
  }

  /**
   * Stems apply to single words only, so that "tonne*" cannot swallow "tonne de marchandises"; with
   * `maxRest`, a stem must leave at most that many letters (an inflection, not another word).
   */
  get(word: string, stems = true, maxRest = Infinity): T | undefined {
    const hit = this.shape.mayHold(word) ? this.exact.get(word) : undefined;
    if (hit !== undefined) return hit;
    if (this.phraseStems.length > 0 && word.includes(' ')) return this.phraseStem(word);
    if (!stems) return undefined;
    return this.stems.get(word, word.length - maxRest);
  }

  private phraseStem(phrase: string): T | undefined {
    const words = phrase.split(' ');
    for (const p of this.phraseStems)
      if (p.words.length === words.length && p.words.every((w, k) => wordMatches(w, words[k]!)))
        return p.value;
    return undefined;
  }

  /**
   * The longest exact entry that starts text at `from` (glued scripts: "公斤海洛因" → "公斤"), with its
   * length; stems are not tried, as a prefix of a word is already what they stand for.
   */
  getPrefix(text: string, from = 0): { value: T; length: number } | undefined {
    if (!this.shape.startsLike(text, from)) return undefined;
    for (let n = Math.min(this.longestExact, text.length - from); n >= 1; n--) {
      const hit = this.exact.get(text.slice(from, from + n));
      if (hit !== undefined) return { value: hit, length: n };
    }
    return undefined;
  }

  /** The longest exact entry that ends text[0, to) (glued scripts: "携帯電話" → "電話"), with its length. */
  getSuffix(text: string, to = text.length): { value: T; length: number } | undefined {
    for (let n = Math.min(this.longestExact, to); n >= 1; n--) {
      const hit = this.exact.get(text.slice(to - n, to));
      if (hit !== undefined) return { value: hit, length: n };
    }
    return undefined;
  }

  /**
   * The longest entry that ends the word: "drogenbanden" → "banden". Tails shorter than 4 letters are ignored,
   * and a stem must leave at most an inflection (2 letters) so that "gecontroleerd" is not "controle*".
   * `minHead` lowers the shortest head for callers that check what the tail is.
   */
  getTail(word: string, minHead = MIN_HEAD): T | undefined {
    // The head of a compound is a word of its own: at least MIN_HEAD letters ("kar|tonnen" is no compound).
    for (let i = minHead; i <= word.length - 4; i++) {
      if (!this.shape.startsLike(word, i) && !this.stems.shape.startsLike(word, i)) continue;
      const tail = word.slice(i);
      const hit = this.exact.get(tail) ?? this.stems.get(tail, tail.length - 2);
      if (hit !== undefined) return hit;
    }
    return undefined;
  }
}

export interface UnitEntry {
  readonly unit: Unit;
  readonly factor: number;
  /** ISO 4217 code of a currency unit ("VND" for `vnd`). */
  readonly currency?: string;
  /** A classifier (FiguresLexicon.counters): the unit is the noun's before the number. */
  readonly counter?: true;
  /** A classifier that counts `unit` when no noun names another (FiguresLexicon.counterDefaults). */
  readonly standalone?: true;
  /** A noun after the number where a classifier would stand (FiguresLexicon.nounsAfterNumber). */
  readonly noun?: true;
}

/** Persons, one each: what a toll, an agent noun or a demonym counts. */
export const PERSONS: UnitEntry = { unit: 'person', factor: 1 };

/** A stem matches a word only when what it leaves is an inflection, so that "kilo*" never reads "kilometres". */
export const MAX_INFLECTION = 5;

export interface CompiledLexicon {
  readonly language: string;
  readonly decimal: ',' | '.';
  readonly thousands: ReadonlySet<string>;
  readonly numberWords: WordMap<number>;
  /** The number words, folded (segmented scripts look for them in a run before segmenting it). */
  readonly numberWordList: readonly string[];
  /** Set when number words are matched with their diacritics: lower-cased word → value. */
  readonly numberWordsExact: ReadonlyMap<string, number> | null;
  readonly numberJoiners: WordSet;
  /** See FiguresLexiconSchema.fractionPrefixes. */
  readonly fractionPrefixes: WordMap<number> | null;
  /** See FiguresLexiconSchema.scalesBeforeNumber. */
  readonly scalesBeforeNumber: boolean;
  /** See FiguresLexiconSchema.numberIdioms. */
  readonly numberIdioms: WordSet;
  /** See FiguresLexiconSchema.unitsBeforeTens. */
  readonly unitsBeforeTens: boolean;
  /** See FiguresLexiconSchema.multipliedNumbers. */
  readonly multipliedNumbers: boolean;
  /** See FiguresLexiconSchema.oneBeforeClassifier. */
  readonly oneBeforeClassifier: boolean;
  /** See FiguresLexiconSchema.oneCaseAfter. */
  readonly oneCaseAfter: WordSet;
  /** The accident words (FiguresLexiconSchema.accidents) as written and in simplified characters, for tokens.ts. */
  readonly accidentWords: readonly string[];
  /** See FiguresLexiconSchema.multiplierDigits (folded). */
  readonly multiplierDigits: WordMap<number>;
  /** See FiguresLexiconSchema.digitsBeforeNoun (as written, in lower case). */
  readonly digitsBeforeNoun: ReadonlyMap<string, number> | null;
  /** See FiguresLexiconSchema.oneBeforeMultiplier. */
  readonly oneBeforeMultiplier: WordSet;
  readonly nounDigitAfter: WordSet;
  /** See FiguresLexiconSchema.wholeMultipliers (folded). */
  readonly wholeMultipliers: WordSet;
  /** See FiguresLexiconSchema.teensAfter (folded); null when the language has none. */
  readonly teensAfter: WordSet | null;
  readonly scales: WordMap<number>;
  readonly units: WordMap<UnitEntry>;
  /** See FiguresLexiconSchema.unitsAsWritten: the word as written (NFC) → unit; null when the language has none. */
  readonly unitsAsWritten: ReadonlyMap<string, UnitEntry> | null;
  readonly connectors: WordSet;
  /** See FiguresLexiconSchema.counterLinks. */
  readonly counterLinks: WordMap<true>;
  /** See FiguresLexiconSchema.floatingCountMarks. */
  readonly floatingCountMarks: ReadonlySet<string>;
  /** See FiguresLexiconSchema.nounsAfterClassifier. */
  readonly nounsAfterClassifier: WordMap<Unit>;
  readonly pairWords: WordSet;
  readonly rangeWords: WordSet;
  readonly rangeOpeners: WordSet;
  readonly conjunctions: WordSet;
  readonly months: WordSet;
  /** Weekday names (Intl), which are also in `months`: see read.ts countsAfterWeekday. */
  readonly weekdays: WordSet;
  /** Abbreviated month names (Intl): a date only where one would stand ("12 ago (EFE)", "3 dic."). */
  readonly shortMonths: WordSet;
  readonly durations: WordSet;
  readonly distances: WordSet;
  readonly sizes: WordSet;
  /** See FiguresLexiconSchema.capacities; null when the language has none. */
  readonly capacities: WordSet | null;
  /** See FiguresLexiconSchema.likenesses; null when the language has none. */
  readonly likenesses: WordSet | null;
  /** See FiguresLexiconSchema.sizesAfterVehicle. */
  readonly sizesAfterVehicle: WordSet;
  /** See FiguresLexiconSchema.limitsAfter; null when the language has none. */
  readonly limitsAfter: WordSet | null;
  /** See FiguresLexiconSchema.fractionWords. */
  readonly fractionWords: WordSet;
  readonly adjectiveSuffixes: WordSet;
  /** See FiguresLexiconSchema.unitLookalikes. */
  readonly unitLookalikes: WordSet;
  /** See FiguresLexiconSchema.labelsAfter. */
  readonly labelsAfter: WordSet;
  /** See FiguresLexiconSchema.streetsAfter; null when the language has none. */
  readonly streetsAfter: WordSet | null;
  /** See FiguresLexiconSchema.streetsBefore; null when the language has none. */
  readonly streetsBefore: WordSet | null;
  /** See FiguresLexiconSchema.bodyWords and burnWords. */
  readonly bodyWords: WordSet;
  readonly burnWords: WordSet;
  /** See FiguresLexiconSchema.perAfterUnit and perBefore; null when the language has none. */
  readonly perAfterUnit: WordSet | null;
  readonly perBefore: WordSet | null;
  /** See FiguresLexiconSchema.allAfterClassifier; null when the language has none. */
  readonly allAfterClassifier: WordSet | null;
  /** Currency names by ISO code, as read right before a number ("USD 12.2 million", "Rp 5.000"). */
  readonly currencyWords: WordMap<string>;
  readonly nameWords: WordSet;
  /** See FiguresLexiconSchema.nameVerbs. */
  readonly nameVerbs: WordSet;
  /** See FiguresLexiconSchema.nameWordsAsWritten: lower-cased words with their diacritics (NFC). */
  readonly nameWordsAsWritten: ReadonlySet<string>;
  /** See FiguresLexiconSchema.demonstratives. */
  readonly demonstratives: WordSet;
  readonly functionWords: WordSet;
  /** Approximation cues (phrases of folded words joined by one space). */
  readonly approximate: WordSet;
  /** See FiguresLexiconSchema.indefinite; null when the language has none. */
  readonly indefinite: WordSet | null;
  /** See FiguresLexiconSchema.personArticles. */
  readonly personArticles: WordSet;
  /** See FiguresLexiconSchema.amountNouns. */
  readonly amountNouns: WordSet;
  /** See FiguresLexiconSchema.definite. */
  readonly definite: WordSet;
  /** See FiguresLexiconSchema.possessives. */
  readonly possessives: WordSet;
  /** See FiguresLexiconSchema.collectives. */
  readonly collectives: WordMap<number>;
  /** See FiguresLexiconSchema.vagueBeforeMultiplier. */
  readonly vagueBeforeMultiplier: WordSet;
  /** See FiguresLexiconSchema.anotherBefore; folded. */
  readonly anotherBefore: readonly string[];
  /** See FiguresLexiconSchema.vagueNumerals; null when the language lists none. */
  readonly vagueNumerals: WordSet | null;
  /** Set when number words keep their diacritics: the collectives, lower-cased as written → value. */
  readonly collectivesExact: ReadonlyMap<string, number> | null;
  /** Finds a goal cue in a clause of the cue text. */
  readonly target: RegExp | null;
  /**
   * Global search over the cue text (no match spans a line); group i+1 matched means topic cueTopics[i]. A
   * GroupSearch: one regex, or several where the cues are too many for one that V8 optimizes.
   */
  readonly topicCues: GroupSearch | null;
  readonly cueTopics: readonly Topic[];
  /** What group i+1 of topicCues names: a topic's cue, an offence (crime) or a police unit (agency). */
  readonly cueKinds: readonly CueKind[];
  /** Finds a vessel word (FiguresLexiconSchema.vessels) in the cue text; global, for a search from a paragraph. */
  readonly vessels: RegExp | null;
  /** Finds a mine word (FiguresLexiconSchema.mines) in the cue text; global, as vessels. */
  readonly mines: RegExp | null;
  /** Finds a collision word (FiguresLexiconSchema.collisions) in the cue text; global, as vessels. */
  readonly collisions: RegExp | null;
  /** Finds an explosive material (FiguresLexiconSchema.explosives) in the cue text; global, as vessels. */
  readonly explosives: RegExp | null;
  /**
   * For a lexicon whose cues keep their diacritics: the same lexicon with cues matched on the folded text,
   * for a text typed without its marks (writtenWithoutMarks), where no cue with a mark could match.
   */
  readonly unmarked: CompiledLexicon | null;
  /** What `target` and `topicCues` read: cueTextOf(folded, this). */
  readonly cueText: CueText;
  /** See FiguresLexiconSchema.cuesSimplified. */
  readonly cuesSimplified: boolean;
  readonly ordinalDot: boolean;
  readonly compounds: boolean;
  /** See FiguresLexiconSchema.agentNouns; null when the language has none. */
  readonly agentNouns: AgentNounRule | null;
  /** See FiguresLexiconSchema.agentive; null when the language has none. */
  readonly agentive: AgentiveRule | null;
  readonly modifierNouns: boolean;
  /** See FiguresLexiconSchema.approximateAfter (glued scripts; read as prefixes of the word after a number). */
  readonly approximateAfter: WordMap<true>;
  /** See FiguresLexiconSchema.approximateAfterUnit (read as prefixes of the text after a figure). */
  readonly approximateAfterUnit: WordMap<true>;
  readonly nounsCapitalized: boolean;
  /** See FiguresLexiconSchema.adjectivesJoined. */
  readonly adjectivesJoined: boolean;
  /** See FiguresLexiconSchema.teamsOrGangs; null when the language has none. */
  readonly teamsOrGangs: { readonly nouns: WordSet; readonly offenders: WordSet } | null;
  readonly nounWindow: number;
  readonly countPhrases: WordSet;
  /** See FiguresLexiconSchema.personNumbers. */
  readonly personNumbers: WordSet;
  /** See FiguresLexiconSchema.classifiedNumbers. */
  readonly classifiedNumbers: WordSet;
  /** numberForms.personEndings, read after digits too (figures/person-suffix.ts: hu "64-en", 64 of them). */
  readonly personSuffixes: WordSet;
  /** See FiguresLexiconSchema.both. */
  readonly both: WordSet;
  /** See FiguresLexiconSchema.genericClassifiers. */
  readonly genericClassifiers: WordSet;
  /** See FiguresLexiconSchema.allBefore. */
  readonly allBefore: WordSet;
  /** See FiguresLexiconSchema.verbEndings and fateVerbs (figures/verbs.ts). */
  readonly verbEndings: WordSet;
  readonly fateVerbs: WordSet;
  /** See FiguresLexiconSchema.mishapFates; null when the language has none. */
  readonly mishapFates: WordSet | null;
  /** See FiguresLexiconSchema.fatesAfter; null when the language has none. */
  readonly fatesAfter: WordSet | null;
  /** See FiguresLexiconSchema.fatesBefore and afterFate; null when the language has none. */
  readonly fatesBefore: WordSet | null;
  /** See FiguresLexiconSchema.bareSingulars; null when the language has none. */
  readonly bareSingulars: WordSet | null;
  readonly singleFates: WordSet | null;
  readonly afterFate: WordSet;
  /** See FiguresLexiconSchema.oneOf. */
  readonly oneOf: WordSet;
  /** See FiguresLexiconSchema.casualtyBefore; null when the language has none. */
  readonly casualtyBefore: WordSet | null;
  /** See FiguresLexiconSchema.tallies; before and after null when the language has none. */
  readonly tallyBefore: WordSet | null;
  readonly tallyAfter: WordSet | null;
  readonly tallyDoers: WordSet;
  readonly tallyBetween: WordSet;
  readonly tallyObliques: WordSet;
  readonly tallyObjects: WordSet;
  readonly tallyHarms: WordSet;
  readonly tallyCrashes: WordSet;
  /** See FiguresLexiconSchema.atLeast; null when the language has none. */
  readonly atLeast: WordSet | null;
  /** See FiguresLexiconSchema.numberArticles (folded). */
  readonly numberArticles: readonly string[];
  /** See FiguresLexiconSchema.casualtyLists; null when the language has none. */
  readonly casualtyLists: WordSet | null;
  /** See FiguresLexiconSchema.policeWords; null when the language has none. */
  readonly policeWords: WordSet | null;
  /** See FiguresLexiconSchema.plateWords; null when the language has none. */
  readonly plateWords: WordSet | null;
  /** See FiguresLexiconSchema.gateWords; null when the language has none. */
  readonly gateWords: WordSet | null;
  /** See FiguresLexiconSchema.numberOf; null when the language has none. */
  readonly numberOf: WordSet | null;
  /** See FiguresLexiconSchema.factorBefore; null when the language has none. */
  readonly factorBefore: WordSet | null;
  /** See FiguresLexiconSchema.factorAfter; null when the language has none. */
  readonly factorAfter: WordSet | null;
  /** See FiguresLexiconSchema.tolls; null when the language has none. */
  readonly tolls: WordSet | null;
  /** See FiguresLexiconSchema.copulas. */
  readonly copulas: WordSet;
  /** See FiguresLexiconSchema.subjectCopulas. */
  readonly subjectCopulas: WordSet;
  /** See FiguresLexiconSchema.elliptic. */
  readonly ellipticBefore: WordSet;
  readonly ellipticAfter: WordSet;
  readonly ellipticPersons: WordSet;
  readonly ellipticBetween: WordSet;
  /** See FiguresLexiconSchema.degreeAdverbs. */
  readonly degreeAdverbs: WordSet;
  /** See FiguresLexiconSchema.modifierEndings (folded). */
  readonly modifierEndings: readonly string[];
  /** See FiguresLexiconSchema.genitiveLinks. */
  readonly genitiveLinks: WordSet;
  /** See FiguresLexiconSchema.demonyms: phrases (folded) → person. */
  readonly demonyms: WordMap<UnitEntry>;
  /** See FiguresLexiconSchema.glueSuffixes. */
  readonly glueSuffixes: WordSet;
  /** See FiguresLexiconSchema.glued. */
  readonly glued: boolean;
  /** Numeral characters read inside words in glued scripts (一 二 两 十 百 千 万 亿...) → value. */
  readonly numerals: ReadonlyMap<number, number>;
  /**
   * Number words and indefinite articles (value null) by their first two letters (headKey): the heads of a
   * word glued to the next by a lost space ("trespersonas", "unmillón"). Empty in glued scripts.
   */
  readonly lostSpaceHeads: ReadonlyMap<number, readonly (readonly [string, number | null])[]>;
  /** Years of the language's default calendar are Gregorian years plus this (Intl; 543 in Thai). */
  readonly yearOffset: number;
  /** Intl's one-word names of the year and the hour in the language, folded (see date-field.ts). */
  readonly yearWord: string | undefined;
  readonly hourWord: string | undefined;
  /** Intl's one-word plural of the hour, folded ("ore"): see date-field.ts isHourAfterHours. */
  readonly hoursWord: string | undefined;
  /** Intl's day periods of the 12-hour clock after an hour ("p.m.", "μ.μ.", "du soir"): see date-field.ts. */
  readonly dayPeriod: RegExp;
  /** See FiguresLexiconSchema.hourMarks. */
  readonly hourMarks: readonly string[];
  /** See FiguresLexiconSchema.hoursBefore. */
  readonly hoursBefore: ReadonlySet<string>;
  /** Intl's words for today and yesterday in the language, folded ("วันนี้", "hom qua"): see date-field.ts. */
  readonly relativeDays: readonly string[];
}

/**
 * Cue regexes read a "letter skeleton" of the folded text when every cue word is plain ASCII (all the
 * Latin-script lexicons): the same text with each non-ASCII letter replaced by \x02, offsets unchanged. There a
 * regex without the `u` flag can test "letter" as [A-Za-z\x02], where the Unicode \p{L} class costs several
 * times more at every position of the text. Other lexicons keep \p{L} over the folded text itself.
 */
export type CueText = 'skeleton' | 'folded' | 'lower';

/** "A letter" inside a character class, for each cue text. */
const LETTER_CLASS: Readonly<Record<CueText, string>> = {
  skeleton: 'A-Za-z\\x02',
  folded: '\\p{L}',
  lower: '\\p{L}',
};

/**
 * See FiguresLexiconSchema: `offences` and `agencies` weigh differently from the other topic cues; `fraud`,
 * `channels` and `impersonation` are read together (topic.ts byNetwork); an `accident` is the article's event (figureCues), a
 * `calamity` the mishap its sentence or article names (findCues, figureCues); `none`
 * marks a notCues phrase, found and dropped; a `harm` is read as an offence that an accident may name instead.
 */
export type CueKind =
  | 'cue'
  | 'offence'
  | 'harm'
  | 'agency'
  | 'fraud'
  | 'channel'
  | 'impersonation'
  | 'accident'
  | 'calamity'
  | 'census'
  | 'reform'
  | 'none';

/** A cue word as the cue text writes it: folded, or lower-cased with its diacritics (cuesKeepDiacritics). */
function cueForm(word: string, text: CueText): string {
  return text === 'lower' ? modernToneMarks(lower(word.normalize('NFC'))) : fold(word);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * What a space of a cue phrase matches: any whitespace but a line break, so that a cue never spans two
 * paragraphs (and paragraphs can be searched one at a time); or, for a search that only ever reads one line
 * at a time (findCues slices the text at each line's end), any whitespace, the same there in a third of the
 * source (the topic cues of French or English fit one regex under V8's size limit: group-search.ts).
 */
type CueSpace = 'paragraph' | 'line';

const SPACE_SOURCE: Readonly<Record<CueSpace, string>> = { paragraph: '[^\\S\\n]+', line: '\\s+' };

/**
 * "No letter or digit next": over the skeleton, `[^\W_]` is [A-Za-z0-9] (no u or i flag), so
 * `(?![^\W_]|\x02)` is `(?![A-Za-z\x02\d])` in fewer units; it ends hundreds of cues of a lexicon.
 */
function notLetterAfter(text: CueText): string {
  return text === 'skeleton' ? '(?![^\\W_]|\\x02)' : `(?![${LETTER_CLASS[text]}\\d])`;
}

/**
 * A cue phrase as a regex source: a word ending in '*' takes any further letters; a space stands for
 * SPACE_SOURCE[space].
 */
function cueSource(raw: string, text: CueText, bounded = true, space: CueSpace = 'paragraph'): string {
  const letter = LETTER_CLASS[text];
  const words = cueForm(raw.trim(), text).split(/\s+/);
  const last = words[words.length - 1]!;
  const body = words
    .map((w) => (w.endsWith('*') ? `${escape(w.slice(0, -1))}[${letter}]*` : escape(w)))
    .join(SPACE_SOURCE[space]);
  return last.endsWith('*') || !bounded ? body : `${body}${notLetterAfter(text)}`;
}

function alternation(
  words: readonly string[],
  text: CueText,
  bounded = true,
  longer: ReadonlyMap<string, readonly string[]> = new Map(),
  space: CueSpace = 'paragraph',
): string {
  return alternationByFirstChar(cueAlternatives(words, text, bounded, longer, space));
}

/** The cues as alternatives of a regex, longest first, each with its first character (alternation). */
function cueAlternatives(
  words: readonly string[],
  text: CueText,
  bounded: boolean,
  longer: ReadonlyMap<string, readonly string[]> = new Map(),
  space: CueSpace = 'paragraph',
): { first: string; source: string }[] {
  // Longest first so that "plus de" is preferred over "plus".
  const sorted = [...words].sort((a, b) => b.length - a.length);
  return sorted.map((w) => {
    const first = cueForm(w.trim(), text).charAt(0);
    const source = cueSource(w, text, bounded, space);
    const others = longer.get(w);
    if (!others) return { first, source };
    // After the shared first character: not where a longer cue of another group matches.
    const head = escape(first);
    const rests = others.map((o) => cueSource(o, text, bounded, space).slice(head.length));
    return { first, source: `${head}(?!${rests.join('|')})${source.slice(head.length)}` };
  });
}

/**
 * The groups of the cue regex are tried in order at each position, so a cue of one group would win over a
 * longer cue of a later one that starts with it ("lừa đảo", fraud, a crime word, over "lừa đảo qua mạng",
 * online fraud, a cyber one; "verkehr*" over the traffic police, "verkehrspolizei*"). For each cue of group
 * i, the longer cues of the other groups it must not be read in place of: the longest cue wins at a
 * position, whatever its group. All groups at once, each cue folded once and compared only with the cues of
 * its first character (each group's own pass over every other cue, folded anew, cost more than the rest of a
 * lexicon's compilation).
 */
function longerElsewhere(
  lists: readonly (readonly string[])[],
  text: CueText,
  glued: boolean,
): Map<string, string[]>[] {
  const form = (w: string): string => cueForm(w.trim(), text).split(/\s+/).join(' ');
  const forms = lists.map((cues) => cues.map(form));
  // Every cue by its form's first character, in the groups' order.
  const byFirst = new Map<string, { group: number; cue: string; full: string }[]>();
  lists.forEach((cues, group) => {
    for (const [k, cue] of cues.entries()) {
      const full = forms[group]![k]!;
      const bucket = byFirst.get(full.charAt(0));
      if (bucket) bucket.push({ group, cue, full });
      else byFirst.set(full.charAt(0), [{ group, cue, full }]);
    }
  });
  return lists.map((cues, i) => {
    const out = new Map<string, string[]>();
    for (const [k, cue] of cues.entries()) {
      // A cue that ends a word is a prefix of a longer phrase up to its space; in a script written without
      // spaces ("オンライン" of "オンライン賭博"), or with a '*', of any longer cue.
      const wild = cue.endsWith('*');
      const full = forms[i]![k]!;
      const stem = wild ? full.slice(0, -1) : glued ? full : `${full} `;
      if (stem.trim() === '') continue;
      for (const other of byFirst.get(stem.charAt(0)) ?? []) {
        if (other.group === i || other.full.length <= stem.length || !other.full.startsWith(stem)) continue;
        const list = out.get(cue) ?? [];
        list.push(other.cue);
        out.set(cue, list);
      }
    }
    return out;
  });
}

/** Every cue starts with a printable ASCII character and has no other kind: the skeleton can be read. */
function skeletonReadable(cues: readonly string[]): boolean {
  return cues.every((raw) =>
    /^[\x21-\x29\x2b-\x7e][\x20-\x7e]*$/.test(fold(raw.trim()).replace(/\s+/g, ' ')),
  );
}

/** What a cue regex starts with: not after a letter or digit (glued: no boundary). */
function cueStart(text: CueText, glued: boolean): string {
  return glued ? '' : `(?<![${LETTER_CLASS[text]}\\d])`;
}

/** A cue regex's flags: Unicode but over the skeleton. */
function cueFlags(text: CueText, flags: string): string {
  return text === 'skeleton' ? flags : `${flags}u`;
}

/** A cue regex: `(?<!letter|digit)(?:body)`, over the skeleton or the folded text (glued: no boundary). */
function cueRegex(body: (text: CueText) => string, text: CueText, flags: string, glued = false): RegExp {
  return new RegExp(`${cueStart(text, glued)}(?:${body(text)})`, cueFlags(text, flags));
}

/**
 * The vessel words as one regex body: whole words, and in a language of compounds the heads written with a
 * leading '*' after any letters ("Fischerboot", "fiskebåten").
 */
function vesselSource(
  words: readonly string[],
  text: CueText,
  lex: Pick<FiguresLexicon, 'glued' | 'compounds'>,
): string {
  const bounded = !lex.glued;
  const whole = alternation(
    words.map((w) => w.replace(/^\*/, '')),
    text,
    bounded,
  );
  const tails = words.filter((w) => w.startsWith('*')).map((w) => w.slice(1));
  if (!lex.compounds || tails.length === 0) return whole;
  return `${whole}|[${LETTER_CLASS[text]}]+(?:${alternation(tails, text, bounded)})`;
}

/** See FiguresLexiconSchema.instruments: every word of use joined to every tool, and the whole phrases. */
function instrumentCues({ use, tools, phrases }: FiguresLexicon['instruments']): string[] {
  const pairs = use.flatMap((u) => tools.map((t) => (u.endsWith("'") ? `${u}${t}` : `${u} ${t}`)));
  return [...pairs, ...phrases];
}

export interface CompileOptions {
  /** Read cues with \p{L} over the folded text even when the skeleton would do (the general path). */
  readonly unicodeCues?: boolean;
}

export function compileLexicon(
  language: string,
  written: FiguresLexicon,
  opts: CompileOptions = {},
): CompiledLexicon {
  const lex = withNumberForms(written);
  const unitEntries: [string, UnitEntry][] = [];
  const factors = new WordMap(Object.entries(lex.unitFactors));
  for (const unit of UNITS) {
    for (const word of lex.units[unit] ?? []) {
      const factor = factors.get(fold(word).replace(/\*$/, '')) ?? 1;
      unitEntries.push([word, unit === 'vnd' ? { unit, factor, currency: 'VND' } : { unit, factor }]);
    }
  }
  // "120kg", "5mg" in any script: the Latin symbols of mass every language writes (si-symbols.ts).
  const listed = new Set(unitEntries.map(([word]) => fold(word)));
  for (const [symbol, unit] of SI_SYMBOLS)
    if (!listed.has(symbol)) unitEntries.push([symbol, { unit, factor: 1 }]);
  for (const unit of UNITS)
    for (const word of lex.nounsAfterNumber[unit] ?? [])
      unitEntries.push([word, { unit, factor: 1, noun: true }]);
  for (const word of lex.counters) unitEntries.push([word, { unit: 'other', factor: 1, counter: true }]);
  for (const unit of UNITS)
    for (const word of lex.counterDefaults[unit] ?? [])
      unitEntries.push([word, { unit, factor: 1, counter: true, standalone: true }]);
  const currencyEntries: [string, string][] = [];
  for (const [code, words] of Object.entries(lex.currencies)) {
    for (const word of words) {
      currencyEntries.push([word, code]);
      unitEntries.push([word, { unit: code === 'VND' ? 'vnd' : 'other', factor: 1, currency: code }]);
    }
  }
  const cueTopics: Topic[] = [];
  const cueKinds: CueKind[] = [];
  const cueLists: string[][] = [];
  // Cues that also end a compound ("*schmuggel*": "Goldschmuggel"), read after every other cue (below).
  const heads: { topic: Topic; kind: CueKind; cues: string[] }[] = [];
  const addCues = (topic: Topic, kind: CueKind, written: readonly string[] | undefined): void => {
    if (!written || written.length === 0) return;
    const cues = lex.cuesSimplified ? written.map(asSimplified) : written;
    cueTopics.push(topic);
    cueKinds.push(kind);
    cueLists.push(cues.map((c) => c.replace(/^\*/, '')));
    const tails = cues.filter((c) => c.startsWith('*')).map((c) => c.slice(1));
    if (lex.compounds && tails.length > 0) heads.push({ topic, kind, cues: tails });
  };
  for (const topic of TOPICS) addCues(topic, 'cue', lex.topics[topic]);
  addCues('crime', 'offence', lex.offences);
  addCues('crime', 'harm', lex.harms);
  addCues('crime', 'offence', instrumentCues(lex.instruments));
  for (const topic of TOPICS) addCues(topic, 'agency', lex.agencies[topic]);
  addCues('crime', 'fraud', lex.fraud);
  addCues('cyber', 'channel', lex.channels);
  addCues('cyber', 'impersonation', lex.impersonation);
  addCues('traffic', 'accident', lex.accidents);
  addCues('other', 'calamity', lex.calamities);
  addCues('population', 'census', lex.census);
  addCues('crime', 'reform', lex.reform);
  addCues('crime', 'none', lex.notCues);
  // The groups of compound heads come last: the regex tries groups in order at each word start, so a head
  // counts only in a word that no cue starts ("Waffenschmuggel" is the weapons', "Goldschmuggel" smuggling).
  const firstHead = cueLists.length;
  for (const h of heads) {
    cueTopics.push(h.topic);
    cueKinds.push(h.kind);
    cueLists.push(h.cues);
  }
  const cueText: CueText = lex.cuesKeepDiacritics
    ? 'lower'
    : !opts.unicodeCues &&
        skeletonReadable([
          ...lex.target,
          ...cueLists.flat(),
          ...[...lex.vessels, ...lex.mines, ...lex.collisions].map((w) => w.replace(/^\*/, '')),
        ])
      ? 'skeleton'
      : 'folded';
  const bounded = !lex.glued;
  // One capturing group per cue list, in order: group i+1 matched means cueTopics[i]. A list's cues by their
  // first character (firstCharSearch), the compound heads' as one source. findCues reads one line at a time.
  const groups = (text: CueText): (ReadonlyMap<string, string> | string)[] => {
    const longer = longerElsewhere(cueLists.slice(0, firstHead), text, lex.glued);
    return cueLists.map((cues, i) => {
      if (i >= firstHead)
        return `[${LETTER_CLASS[text]}]+(?:${alternation(cues, text, bounded, undefined, 'line')})`;
      const alternatives = cueAlternatives(cues, text, bounded, longer[i], 'line');
      return alternativesByFirstChar(alternatives) ?? alternationByFirstChar(alternatives);
    });
  };
  const separators = numberSeparators(language);
  const group = separators.group === '.' || separators.group === ',' ? [separators.group] : [];
  return {
    language,
    decimal: lex.decimal ?? (separators.decimal === ',' ? ',' : '.'),
    thousands: new Set(lex.thousands ?? group),
    numberWords: new WordMap(Object.entries(lex.numberWords)),
    numberWordList: Object.keys(lex.numberWords).map((w) => fold(w)),
    numberWordsExact: lex.numberWordsKeepDiacritics
      ? new Map(Object.entries(lex.numberWords).map(([w, v]) => [w.normalize('NFC').toLowerCase(), v]))
      : null,
    numberJoiners: new WordSet(lex.numberJoiners),
    fractionPrefixes:
      Object.keys(lex.fractionPrefixes).length > 0 ? new WordMap(Object.entries(lex.fractionPrefixes)) : null,
    scalesBeforeNumber: lex.scalesBeforeNumber,
    numberIdioms: new WordSet(lex.numberIdioms),
    unitsBeforeTens: lex.unitsBeforeTens,
    multipliedNumbers: lex.multipliedNumbers,
    multiplierDigits: new WordMap(Object.entries(lex.multiplierDigits)),
    digitsBeforeNoun:
      Object.keys(lex.digitsBeforeNoun).length > 0
        ? new Map(Object.entries(lex.digitsBeforeNoun).map(([w, v]) => [w.normalize('NFC'), v]))
        : null,
    nounDigitAfter: new WordSet(lex.nounDigitAfter),
    oneBeforeMultiplier: new WordSet(lex.oneBeforeMultiplier),
    wholeMultipliers: new WordSet(lex.wholeMultipliers),
    teensAfter: lex.teensAfter.length > 0 ? new WordSet(lex.teensAfter) : null,
    oneBeforeClassifier: lex.oneBeforeClassifier,
    oneCaseAfter: new WordSet(lex.oneCaseAfter),
    accidentWords: [...new Set([...lex.accidents, ...lex.accidents.map(asSimplified)])],
    scales: new WordMap(Object.entries(lex.scales)),
    units: new WordMap(unitEntries),
    unitsAsWritten: asWritten(lex.unitsAsWritten),
    connectors: new WordSet(lex.connectors),
    counterLinks: new WordMap(lex.counterLinks.map((w) => [w, true] as const)),
    floatingCountMarks: new Set(lex.floatingCountMarks),
    nounsAfterClassifier: new WordMap(
      UNITS.flatMap((unit) => (lex.nounsAfterClassifier[unit] ?? []).map((w) => [w, unit] as const)),
    ),
    pairWords: new WordSet(lex.pairWords),
    rangeWords: new WordSet(lex.rangeWords),
    rangeOpeners: new WordSet(lex.rangeOpeners),
    conjunctions: new WordSet(lex.conjunctions),
    months: new WordSet(withCaseApostrophe([...lex.months, ...monthWords(language)])),
    weekdays: new WordSet(weekdayWords(language)),
    shortMonths: new WordSet(shortMonthWords(language)),
    durations: new WordSet(lex.durations),
    distances: new WordSet(lex.distances),
    sizes: new WordSet(lex.sizes),
    capacities: lex.capacities.length > 0 ? new WordSet(lex.capacities) : null,
    likenesses: lex.likenesses.length > 0 ? new WordSet(lex.likenesses) : null,
    sizesAfterVehicle: new WordSet(lex.sizesAfterVehicle),
    limitsAfter: lex.limitsAfter.length > 0 ? new WordSet(lex.limitsAfter) : null,
    fractionWords: new WordSet(lex.fractionWords),
    adjectiveSuffixes: new WordSet(lex.adjectiveSuffixes),
    unitLookalikes: new WordSet(lex.unitLookalikes),
    labelsAfter: new WordSet(lex.labelsAfter),
    streetsAfter: lex.streetsAfter.length > 0 ? new WordSet(lex.streetsAfter) : null,
    streetsBefore: lex.streetsBefore.length > 0 ? new WordSet(lex.streetsBefore) : null,
    bodyWords: new WordSet(lex.bodyWords),
    burnWords: new WordSet(lex.burnWords),
    perAfterUnit: lex.perAfterUnit.length > 0 ? new WordSet(lex.perAfterUnit) : null,
    perBefore: lex.perBefore.length > 0 ? new WordSet(lex.perBefore) : null,
    allAfterClassifier: lex.allAfterClassifier.length > 0 ? new WordSet(lex.allAfterClassifier) : null,
    currencyWords: new WordMap(currencyEntries),
    nameWords: new WordSet(lex.nameWords),
    nameVerbs: new WordSet(lex.nameVerbs),
    nameWordsAsWritten: new Set(lex.nameWordsAsWritten.map((w) => w.normalize('NFC').toLowerCase())),
    demonstratives: new WordSet(lex.demonstratives),
    functionWords: new WordSet(lex.functionWords),
    approximate: new WordSet(lex.approximate),
    indefinite: lex.indefinite.length > 0 ? new WordSet(lex.indefinite) : null,
    personArticles: new WordSet(lex.personArticles),
    amountNouns: new WordSet(lex.amountNouns),
    definite: new WordSet(lex.definite),
    possessives: new WordSet(lex.possessives),
    collectives: new WordMap(Object.entries(lex.collectives)),
    vagueBeforeMultiplier: new WordSet(lex.vagueBeforeMultiplier),
    anotherBefore: lex.anotherBefore.map((w) => fold(w)),
    vagueNumerals: lex.vagueNumerals.length > 0 ? new WordSet(lex.vagueNumerals) : null,
    collectivesExact: lex.numberWordsKeepDiacritics
      ? new Map(Object.entries(lex.collectives).map(([w, v]) => [w.normalize('NFC').toLowerCase(), v]))
      : null,
    target:
      lex.target.length > 0
        ? cueRegex((t) => alternation(lex.target, t, bounded), cueText, '', lex.glued)
        : null,
    topicCues:
      cueLists.length > 0
        ? firstCharSearch(cueStart(cueText, lex.glued), groups(cueText), cueFlags(cueText, 'g'))
        : null,
    cueTopics,
    cueKinds,
    vessels:
      lex.vessels.length > 0
        ? cueRegex(
            (t) => vesselSource(lex.cuesSimplified ? lex.vessels.map(asSimplified) : lex.vessels, t, lex),
            cueText,
            'g',
            lex.glued,
          )
        : null,
    mines:
      lex.mines.length > 0
        ? cueRegex(
            (t) => vesselSource(lex.cuesSimplified ? lex.mines.map(asSimplified) : lex.mines, t, lex),
            cueText,
            'g',
            lex.glued,
          )
        : null,
    collisions:
      lex.collisions.length > 0
        ? cueRegex(
            (t) =>
              vesselSource(lex.cuesSimplified ? lex.collisions.map(asSimplified) : lex.collisions, t, lex),
            cueText,
            'g',
            lex.glued,
          )
        : null,
    explosives:
      lex.explosives.length > 0
        ? cueRegex(
            (t) =>
              vesselSource(lex.cuesSimplified ? lex.explosives.map(asSimplified) : lex.explosives, t, lex),
            cueText,
            'g',
            lex.glued,
          )
        : null,
    unmarked: lex.cuesKeepDiacritics
      ? compileLexicon(
          language,
          withoutAmbiguousCues({ ...lex, cuesKeepDiacritics: false, unitsAsWritten: {} }),
          opts,
        )
      : null,
    cueText,
    cuesSimplified: lex.cuesSimplified,
    ordinalDot: lex.ordinalDot,
    compounds: lex.compounds,
    agentNouns: compileAgentNouns(lex.agentNouns),
    agentive: compileAgentive(lex.agentive),
    modifierNouns: lex.modifierNouns,
    approximateAfter: new WordMap(lex.approximateAfter.map((w) => [w, true] as const)),
    approximateAfterUnit: new WordMap(lex.approximateAfterUnit.map((w) => [w, true] as const)),
    nounWindow: lex.nounWindow,
    countPhrases: new WordSet(lex.countPhrases),
    personNumbers: new WordSet(lex.personNumbers),
    classifiedNumbers: new WordSet(lex.classifiedNumbers),
    personSuffixes: new WordSet(lex.numberForms.personEndings),
    both: new WordSet(lex.both),
    genericClassifiers: new WordSet(lex.genericClassifiers),
    allBefore: new WordSet(lex.allBefore),
    verbEndings: new WordSet(lex.verbEndings),
    fateVerbs: new WordSet(lex.fateVerbs),
    mishapFates: lex.mishapFates.length > 0 ? new WordSet(lex.mishapFates) : null,
    fatesAfter: lex.fatesAfter.length > 0 ? new WordSet(lex.fatesAfter) : null,
    fatesBefore: lex.fatesBefore.length > 0 ? new WordSet(lex.fatesBefore) : null,
    bareSingulars: lex.bareSingulars.length > 0 ? new WordSet(lex.bareSingulars) : null,
    singleFates: lex.singleFates.length > 0 ? new WordSet(lex.singleFates) : null,
    afterFate: new WordSet(lex.afterFate),
    oneOf: new WordSet(lex.oneOf),
    casualtyBefore: lex.casualtyBefore.length > 0 ? new WordSet(lex.casualtyBefore) : null,
    tallyBefore: lex.tallies.before.length > 0 ? new WordSet(lex.tallies.before) : null,
    tallyAfter: lex.tallies.after.length > 0 ? new WordSet(lex.tallies.after) : null,
    tallyDoers: new WordSet(lex.tallies.doers),
    tallyBetween: new WordSet(lex.tallies.between),
    tallyObliques: new WordSet(lex.tallies.obliques),
    tallyObjects: new WordSet(lex.tallies.objects),
    tallyHarms: new WordSet(lex.tallies.harms),
    tallyCrashes: new WordSet(lex.tallies.crashes),
    atLeast: lex.atLeast.length > 0 ? new WordSet(lex.atLeast) : null,
    numberArticles: lex.numberArticles.map((a) => fold(a)),
    casualtyLists: lex.casualtyLists.length > 0 ? new WordSet(lex.casualtyLists) : null,
    policeWords: lex.policeWords.length > 0 ? new WordSet(lex.policeWords) : null,
    plateWords: lex.plateWords.length > 0 ? new WordSet(lex.plateWords) : null,
    gateWords: lex.gateWords.length > 0 ? new WordSet(lex.gateWords) : null,
    numberOf: lex.numberOf.length > 0 ? new WordSet(lex.numberOf) : null,
    factorBefore: lex.factorBefore.length > 0 ? new WordSet(lex.factorBefore) : null,
    factorAfter: lex.factorAfter.length > 0 ? new WordSet(lex.factorAfter) : null,
    tolls: lex.tolls.length > 0 ? new WordSet(lex.tolls) : null,
    copulas: new WordSet(lex.copulas),
    subjectCopulas: new WordSet(lex.subjectCopulas),
    ellipticBefore: new WordSet(lex.elliptic.before),
    ellipticAfter: new WordSet(lex.elliptic.after),
    ellipticPersons: new WordSet(lex.elliptic.persons),
    ellipticBetween: new WordSet(lex.elliptic.between),
    degreeAdverbs: new WordSet(lex.degreeAdverbs),
    modifierEndings: lex.modifierEndings.map((e) => fold(e)),
    genitiveLinks: new WordSet(lex.genitiveLinks),
    demonyms: new WordMap(lex.demonyms.map((w) => [w, PERSONS] as const)),
    glueSuffixes: new WordSet(lex.glueSuffixes),
    nounsCapitalized: lex.nounsCapitalized,
    adjectivesJoined: lex.adjectivesJoined,
    teamsOrGangs:
      lex.teamsOrGangs.nouns.length > 0
        ? { nouns: new WordSet(lex.teamsOrGangs.nouns), offenders: new WordSet(lex.teamsOrGangs.offenders) }
        : null,
    glued: lex.glued,
    numerals: lex.glued ? numeralsOf(lex) : new Map(),
    yearOffset: yearOffset(language),
    yearWord: dateFieldWord(language, 'year'),
    hourWord: dateFieldWord(language, 'hour'),
    hoursWord: pluralHourWord(language),
    dayPeriod: dayPeriodPattern(language),
    hourMarks: lex.hourMarks,
    hoursBefore: new Set(lex.hoursBefore),
    relativeDays: relativeDayWords(language),
    lostSpaceHeads: lex.glued ? new Map() : lostSpaceHeads(lex),
  };
}

/** The lexicon of a text typed without marks: its cues lose the words `unmarkedAmbiguous` lists. */
function withoutAmbiguousCues(lex: FiguresLexicon): FiguresLexicon {
  const ambiguous = new Set(lex.unmarkedAmbiguous.map((w) => fold(w)));
  if (ambiguous.size === 0) return lex;
  const keep = (words: readonly string[]) => words.filter((w) => !ambiguous.has(fold(w)));
  const byTopic = <T extends Partial<Record<Topic, string[]>>>(lists: T): T =>
    Object.fromEntries(Object.entries(lists).map(([t, words]) => [t, keep(words ?? [])])) as T;
  return {
    ...lex,
    topics: byTopic(lex.topics),
    agencies: byTopic(lex.agencies),
    offences: keep(lex.offences),
    harms: keep(lex.harms),
    fraud: keep(lex.fraud),
    channels: keep(lex.channels),
    impersonation: keep(lex.impersonation),
    accidents: keep(lex.accidents),
    calamities: keep(lex.calamities),
    census: keep(lex.census),
    reform: keep(lex.reform),
    vessels: keep(lex.vessels),
    mines: keep(lex.mines),
    collisions: keep(lex.collisions),
    explosives: keep(lex.explosives),
    target: keep(lex.target),
  };
}

function asWritten(units: FiguresLexicon['unitsAsWritten']): Map<string, UnitEntry> | null {
  const out = new Map<string, UnitEntry>();
  for (const unit of UNITS)
    for (const word of units[unit] ?? []) out.set(word.normalize('NFC'), { unit, factor: 1 });
  return out.size > 0 ? out : null;
}

/**
 * The first two code units of text at `at` as one number: lostSpaceHeads is asked about most long words of
 * every article, and a two-unit slice per word cost more than the lookup itself.
 */
export function headKey(text: string, at: number): number {
  return text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);
}

function lostSpaceHeads(lex: FiguresLexicon): Map<number, [string, number | null][]> {
  const out = new Map<number, [string, number | null][]>();
  const add = (word: string, value: number | null): void => {
    const w = fold(word);
    if (w.length < 2 || /[\s*'-]/.test(w)) return;
    const head = headKey(w, 0);
    out.set(head, [...(out.get(head) ?? []), [w, value]]);
  };
  for (const [word, value] of Object.entries(lex.numberWords)) add(word, value);
  for (const word of lex.indefinite) add(word, null);
  // A scale glued to the connector after it ("millionsde dongs"): read as a word, not as a number (lostSpaceAt).
  for (const word of Object.keys(lex.scales)) add(word, null);
  return out;
}

const LATIN_LETTER = /\p{Script=Latin}/u;

/**
 * Turkish and Azerbaijani write a case ending after a proper noun behind an apostrophe ("28 Ekim'de", on 28
 * October; "5 Mart'ta"), which the tokenizer ends at the apostrophe ("ekim'"): the month as well. No other
 * language ends a month name with an apostrophe, so the form is added for every language.
 */
function withCaseApostrophe(words: readonly string[]): string[] {
  return words.flatMap((w) => (w.endsWith('*') ? [w] : [w, `${w}'`]));
}

/**
 * The locale's calendar words (Intl), and, where these are not written in Latin letters, the English ones
 * too: a Latin month name inside Khmer, Arabic or Hindi text is a date quoted from an English source
 * ("ថ្ងៃទី 10 August").
 */
function monthWords(language: string): string[] {
  const own = calendarWords(language);
  return own.some((w) => LATIN_LETTER.test(w)) ? own : [...own, ...calendarWords('en')];
}

/**
 * Single-character number words and scales of a glued-script lexicon (一 1, 两 2, 十 10, 百 100, 千 1000,
 * 万 10⁴, 亿 10⁸): the characters a numeral written in words inside a run of letters is made of.
 */
function numeralsOf(lex: FiguresLexicon): Map<number, number> {
  const out = new Map<number, number>();
  for (const [word, value] of [...Object.entries(lex.numberWords), ...Object.entries(lex.scales)]) {
    const w = fold(word);
    if (w.length === 1) out.set(w.charCodeAt(0), value);
  }
  return out;
}

// Non-ASCII code units, and \x02 itself (which the skeleton reserves for "a letter"). Without the u flag:
// a Unicode-mode scan of this class costs four times as much, and surrogates are paired by hand below.
// eslint-disable-next-line no-control-regex -- \x02 is the skeleton's letter mark; the class must name it
const SKELETON_CHANGES = /[^\x00-\x01\x03-\x7f]/g;
const LETTER = /^\p{L}$/u;

/** The skeleton of one code unit at `at`: \x02 for (half of) a letter, \x01 for \x02, else itself. */
function skeletonUnit(unit: string, at: number, text: string): string {
  if (unit === '\x02') return '\x01';
  const c = unit.charCodeAt(0);
  if (c < 0xd800 || c > 0xdfff) return LETTER.test(unit) ? '\x02' : unit;
  // A surrogate: a letter when the pair it belongs to is one; a lone surrogate is no letter.
  const cp = text.codePointAt(c <= 0xdbff ? at : at - 1) ?? 0;
  return cp > 0xffff && LETTER.test(String.fromCodePoint(cp)) ? '\x02' : unit;
}

/**
 * The text the language's cue regexes read (see CueText); same length as `folded`. `body` is the text that
 * was folded: a lexicon whose cues keep their diacritics reads it lower-cased.
 */
export function cueTextOf(
  folded: string,
  lex: Pick<CompiledLexicon, 'cueText'> & Partial<Pick<CompiledLexicon, 'cuesSimplified'>>,
  body: string = folded,
): string {
  // The skeleton keeps no letter but ASCII: traditional characters need no folding there.
  const script = lex.cuesSimplified ? asSimplified : (t: string): string => t;
  if (lex.cueText === 'lower') return script(modernToneMarks(lower(body)));
  if (lex.cueText === 'folded') return script(folded);
  return folded.replace(SKELETON_CHANGES, skeletonUnit);
}

/** Distance words this long ("kilometer", "километр") start no other word; "meter" and "metre" stay whole. */
const DISTANCE_STEM = 6;

/**
 * Words from Intl as stems as well: without a lexicon the adjective and case forms are unknown ("45 वर्षीय",
 * 45-year-old; "12 كيلوغرامًا", 12 kilograms in the accusative). Short words stay whole, as their stems would
 * start other words ("gram" of "grammar", "ग्राम" of "ग्रामीण", rural).
 */
function asStems(words: readonly string[], minLength = 3): string[] {
  return words.flatMap((w) => (w.length >= minLength && !w.includes(' ') ? [w, `${w}*`] : [w]));
}

/**
 * Figures data for a language without a lexicon, from its locale alone: a number before any word counts it,
 * as unit `other`; dates, time spans and distances are not counts.
 */
export function localeLexicon(language: string): FiguresLexicon {
  const l = localeFigures(language);
  return {
    numberWords: {},
    numberForms: noNumberForms(),
    agentNouns: { endings: [], inflections: [], minStem: 3, not: [] },
    agentive: { infinitiveEndings: [], participles: [], links: [] },
    numberWordsKeepDiacritics: false,
    cuesKeepDiacritics: false,
    cuesSimplified: false,
    unmarkedAmbiguous: [],
    numberJoiners: [],
    fractionPrefixes: {},
    scalesBeforeNumber: false,
    numberIdioms: [],
    unitsBeforeTens: false,
    multipliedNumbers: false,
    multiplierDigits: {},
    digitsBeforeNoun: {},
    nounDigitAfter: [],
    oneBeforeMultiplier: [],
    wholeMultipliers: [],
    teensAfter: [],
    oneBeforeClassifier: false,
    oneCaseAfter: [],
    scales: l.scales,
    units: { percent: l.percent, kg: asStems(l.masses, 6) },
    unitsAsWritten: {},
    counters: [],
    counterDefaults: {},
    nounsAfterNumber: {},
    counterLinks: [],
    floatingCountMarks: [],
    nounsAfterClassifier: {},
    currencies: l.currencies,
    unitFactors: l.unitFactors,
    connectors: [],
    pairWords: [],
    rangeWords: [],
    rangeOpeners: [],
    conjunctions: [],
    months: l.months,
    durations: asStems(l.durations),
    distances: l.distances,
    hourMarks: [],
    hoursBefore: [],
    sizes: [],
    capacities: [],
    likenesses: [],
    sizesAfterVehicle: [],
    limitsAfter: [],
    fractionWords: [],
    adjectiveSuffixes: [],
    unitLookalikes: [],
    labelsAfter: [],
    streetsAfter: [],
    streetsBefore: [],
    bodyWords: [],
    burnWords: [],
    perAfterUnit: [],
    perBefore: [],
    allAfterClassifier: [],
    nameWords: [],
    nameVerbs: [],
    nameWordsAsWritten: [],
    demonstratives: [],
    functionWords: [],
    approximate: [],
    indefinite: [],
    personArticles: [],
    amountNouns: [],
    definite: [],
    possessives: [],
    collectives: {},
    vagueBeforeMultiplier: [],
    anotherBefore: [],
    vagueNumerals: [],
    target: [],
    nounWindow: 1,
    countPhrases: [],
    personNumbers: [],
    classifiedNumbers: [],
    genericClassifiers: [],
    both: [],
    allBefore: [],
    verbEndings: [],
    fateVerbs: [],
    mishapFates: [],
    fatesAfter: [],
    fatesBefore: [],
    bareSingulars: [],
    singleFates: [],
    afterFate: [],
    oneOf: [],
    casualtyBefore: [],
    tallies: TalliesSchema.parse({}),
    atLeast: [],
    numberArticles: [],
    casualtyLists: [],
    policeWords: [],
    plateWords: [],
    gateWords: [],
    numberOf: [],
    factorBefore: [],
    factorAfter: [],
    tolls: [],
    copulas: [],
    subjectCopulas: [],
    elliptic: { before: [], after: [], persons: [], between: [] },
    degreeAdverbs: [],
    modifierEndings: [],
    genitiveLinks: [],
    demonyms: [],
    demonymAffixes: { suffixes: [], dropEnd: [] },
    modifierNouns: false,
    approximateAfter: [],
    approximateAfterUnit: [],
    glueSuffixes: [],
    compounds: false,
    nounsCapitalized: false,
    adjectivesJoined: false,
    teamsOrGangs: { nouns: [], offenders: [] },
    ordinalDot: l.ordinalDot,
    glued: false,
    topics: {},
    offences: [],
    harms: [],
    instruments: { use: [], tools: [], phrases: [] },
    agencies: {},
    fraud: [],
    channels: [],
    impersonation: [],
    accidents: [],
    calamities: [],
    census: [],
    reform: [],
    vessels: [],
    mines: [],
    collisions: [],
    explosives: [],
    notCues: [],
  };
}

/**
 * A kin language's figures data (lexicons/kinship.json) for reading `language`: its words, plus what the
 * runtime knows of `language` itself (scale, percent, mass and currency words, month names, ordinal dot).
 * The number format is `language`'s: the kin's decimal mark is dropped, and its thousands marks kept only
 * where they are not `language`'s decimal mark.
 */
function withLocaleOf(kin: FiguresLexicon, language: string): FiguresLexicon {
  const own = localeLexicon(language);
  const { decimal, group } = numberSeparators(language);
  const thousands = [...new Set([...(kin.thousands ?? []), group])].filter(
    (t): t is '.' | ',' => (t === '.' || t === ',') && t !== decimal,
  );
  const currencies: Record<string, string[]> = { ...own.currencies };
  for (const [code, words] of Object.entries(kin.currencies))
    currencies[code] = [...(currencies[code] ?? []), ...words];
  const { decimal: _kinDecimal, ...rest } = kin;
  return {
    ...rest,
    thousands,
    scales: { ...own.scales, ...kin.scales },
    units: {
      ...kin.units,
      percent: [...(kin.units.percent ?? []), ...(own.units.percent ?? [])],
      kg: [...(kin.units.kg ?? []), ...(own.units.kg ?? [])],
    },
    currencies,
    unitFactors: { ...own.unitFactors, ...kin.unitFactors },
    months: [...kin.months, ...own.months],
    ordinalDot: kin.ordinalDot || own.ordinalDot,
  };
}

/**
 * A lexicon's money with the ISO codes the runtime knows: its words of unit `other` that name a currency
 * ("円", "달러", "美元") move to that currency, and the language's own names of every currency are added
 * ("韓元", "日圓", "dollars américains"), unless the lexicon reads that word as another unit. A sum in yen
 * is then money in JPY, never a count of things, in every lexicon whether or not its authors listed it.
 */
function withCurrencyCodes(lex: FiguresLexicon, language: string): FiguresLexicon {
  const taken = new Set(
    Object.entries(lex.units).flatMap(([unit, words]) => (unit === 'other' ? [] : (words ?? []).map(fold))),
  );
  const currencies: Record<string, string[]> = {};
  const add = (code: string, words: readonly string[]): void => {
    const fresh = words.filter((w) => !taken.has(fold(w)));
    if (fresh.length > 0) currencies[code] = [...(currencies[code] ?? []), ...fresh];
  };
  for (const [code, words] of Object.entries(localeCurrencies(language))) add(code, words);
  for (const [code, words] of Object.entries(currencyWordCodes(language, lex.units.other ?? [])))
    add(code, words);
  for (const [code, words] of Object.entries(lex.currencies)) add(code, words);
  return { ...lex, currencies };
}

/**
 * A lexicon's number words and collectives with the language's words for "a thousand" alone
 * (loneScaleWords), which the lexicons list only as scales after a number: "ponad tysiąc mieszkańców" is
 * a thousand residents, "более тысячи человек" about a thousand people. A language without an indefinite
 * article writes "a million" as the bare word too ("более миллиона человек", "ponad milion osób"); one with
 * an article writes it ("un million", "a million"), and there the bare word stays a scale ("medio millón").
 */
function withLoneScales(lex: FiguresLexicon, language: string): FiguresLexicon {
  const { alone, afterCue } = loneScaleWords(language, lex.indefinite.length > 0 ? [1e3] : [1e3, 1e6]);
  const listed = new Set([...Object.keys(lex.numberWords), ...Object.keys(lex.collectives)].map(fold));
  const fresh = (words: readonly [string, number][]): [string, number][] =>
    words.filter(([w]) => !listed.has(fold(w)));
  const numberWords = fresh(alone);
  const collectives = fresh(afterCue);
  if (numberWords.length === 0 && collectives.length === 0) return lex;
  return {
    ...lex,
    numberWords: { ...lex.numberWords, ...Object.fromEntries(numberWords) },
    collectives: { ...lex.collectives, ...Object.fromEntries(collectives) },
  };
}

const compiled = new Map<string, CompiledLexicon>();

/**
 * Validated, compiled data for a language; throws on malformed data (a build-time defect, caught by tests).
 * A language without figures data is read with what the runtime knows of its locale (localeLexicon); every
 * language takes its time spans and distances from there as well as from its own lists.
 */
export function lexiconFor(language: string): CompiledLexicon {
  const hit = compiled.get(language);
  if (hit) return hit;
  const source = lexiconLanguage('figures', language);
  if (source === undefined) {
    const lex = compileLexicon(language, localeLexicon(language), { unicodeCues: true });
    compiled.set(language, lex);
    return lex;
  }
  const raw = parseLexicon(FiguresLexiconSchema, source, 'figures', LEXICONS[source]?.['figures']);
  const data = withDemonymForms(
    withLoneScales(
      withCurrencyCodes(source === language ? raw : withLocaleOf(raw, language), language),
      language,
    ),
    language,
  );
  const spans = spanAndDistanceWords(language);
  const lex = compileLexicon(language, {
    ...data,
    durations: [...data.durations, ...spans.durations],
    // Intl's long distance words as stems too: their case forms ("kilométerre", "χιλιομέτρων") are distances.
    distances: [...data.distances, ...asStems(spans.distances, DISTANCE_STEM)],
  });
  compiled.set(language, lex);
  return lex;
}
