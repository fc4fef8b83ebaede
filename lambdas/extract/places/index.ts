/**
 * Place-finding stage: the provinces and localities a Document names, and the province it is about.
 * Same code for every language; per-language phrases live in lexicons/<lang>/places.json.
 */
import type { Locality, ProvinceRef } from '../../shared/article.js';
import { firstOutsideLatinBlocks } from '../text/chars.js';
import { fold } from '../text/fold.js';
import { boundedMemo } from '../text/memo.js';
import { inSpans, repeatedLines } from '../text/repeated-lines.js';
import { splitSentences } from '../text/sentences.js';
import type { Document, PlaceMention } from '../types.js';
import { gazetteer } from './gazetteer.js';
export { provinceOfItsDay } from './era.js';
export { glossesFormerUnit } from './formerly.js';
import { joinsProvince, placesLexiconFor } from './lexicon.js';
import { findCandidates } from './match.js';
import { outletDateline, outletProvince } from './outlet.js';
import { withoutQuotedNames } from './quoted.js';
import { resolve } from './resolve.js';
import { unreadRoadNames } from './road-names.js';
import { markRoadEnds } from './roads.js';
import { localitiesInLists } from './listed-locality.js';
import { unreadProvincesNamedAsWards } from './named-after.js';
import { shareListSubject } from './list-subject.js';
import { givenNamesOfPeople } from './given-name.js';
import { pastOffices } from './former-office.js';
import { findHanReadings } from './han.js';
import { asSimplified } from '../text/simplified.js';
import { findHangulReadings } from './hangul.js';
import { findNumberedDistricts } from './numbered-district.js';
import { findKanaReadings } from './kana.js';
import { findThaiReadings } from './thai.js';
import { findDevanagariReadings } from './devanagari.js';
import { findArabicReadings } from './arabic.js';
import { findGreekReadings } from './greek.js';
import { ARABIC_LETTER, asArabicLetters } from '../text/arabic-letters.js';
import { findScriptCandidates } from './scripts.js';
import { followAddresses } from './address.js';
import { findHardestHit } from './hardest-hit.js';
import { backgroundOfEarlierYears } from './earlier.js';
import { nationwideHeadEnd } from './nationwide.js';
import { tellsOfDisaster } from './struck.js';
import type { PrimaryEvidence } from './primary-features.js';
import { DEFAULT_PRIMARY_CHOICE, summarize, type PrimaryChoice } from './summarize.js';
import { keyOf, tokenize } from './tokens.js';

const HAN = /[\u4e00-\u9fff]/;
const HANGUL = /[\uac00-\ud7a3]/;
const KATAKANA = /[\u30a1-\u30fa]/;
/** Thai, Lao and Khmer (read as Thai). */
const THAI = /[\u0e01-\u0e4e\u0e81-\u0edf\u1780-\u17dd]/;
/** Devanagari to Malayalam: the Indic blocks devanagari.ts reads. */
const INDIC = /[\u0900-\u0d7f]/;
/** Greek capitals, which open a name. */
const GREEK = /[\u0386-\u03ab]/;

export interface PlaceResult {
  /** Every accepted occurrence, in text order. */
  mentions: PlaceMention[];
  /** Provinces the article is about or names, as named, deduplicated. */
  provinces: ProvinceRef[];
  /** Districts/towns/communes/wards it names, each with its province. */
  localities: Locality[];
  /** Null for a national article. */
  primaryProvince: ProvinceRef | null;
  /** What summarize knew of each province named, for a fitted model of the primary province. */
  evidence?: PrimaryEvidence;
}

/**
 * `around`: lines kept out of the body (a "Source: …" line, the outlet's address): read only for the outlet's
 * province when the body names none.
 */
export function findPlaces(
  doc: Document,
  around: readonly string[] = [],
  how: PrimaryChoice = DEFAULT_PRIMARY_CHOICE,
): PlaceResult {
  const gaz = gazetteer();
  const tokens = tokenize(doc.folded, doc.body);
  const lex = placesLexiconFor(doc.language);
  const words = findCandidates(tokens, gaz, lex, doc.body);
  // Han, Hangul, kana, Thai, the Indic scripts and Greek lie outside the Latin blocks: a text with nothing there
  // is not searched for them.
  const wide = firstOutsideLatinBlocks(doc.body) >= 0;
  const han = wide && HAN.test(doc.body);
  // Chinese names are listed simplified: traditional text is read through its simplified form (same offsets).
  const arabic = wide && ARABIC_LETTER.test(doc.body);
  // Persian and Urdu texts are read for the curated Arabic spellings through their letters as Arabic writes them.
  const scriptBody = han ? asSimplified(doc.body) : arabic ? asArabicLetters(doc.body) : doc.body;
  const curated = findScriptCandidates(scriptBody, gaz, lex.affixes);
  const read = [
    ...(han ? findHanReadings(doc.body, gaz, lex.affixes, curated) : []),
    ...(wide && HANGUL.test(doc.body)
      ? [...findHangulReadings(doc.body, gaz, lex.affixes, curated), ...findNumberedDistricts(doc.body, gaz)]
      : []),
    ...(wide && KATAKANA.test(doc.body) ? findKanaReadings(doc.body, gaz, lex.affixes, curated) : []),
    ...(wide && THAI.test(doc.body) ? findThaiReadings(doc.body, gaz, lex.affixes, curated) : []),
    ...(wide && INDIC.test(doc.body) ? findDevanagariReadings(doc.body, gaz, lex.affixes, curated) : []),
    ...(arabic ? findArabicReadings(doc.body, gaz, lex.affixes, curated) : []),
    ...(wide && GREEK.test(doc.body) ? findGreekReadings(doc.body, gaz, lex.affixes, curated) : []),
  ];
  const found = read.length === 0 ? curated : [...curated, ...read].sort((a, b) => a.start - b.start);
  const scripts = found.length < 2 ? found : followAddresses([...found], scriptBody, lex.affixes);
  // Both lists are in text order; names in caseless scripts are rare, so most articles skip the merge.
  const credit = outletDateline(doc.body, gaz);
  const candidates = withoutQuotedNames(
    scripts.length === 0 && credit === undefined
      ? words
      : [...words, ...scripts, ...(credit ? [credit] : [])].sort((a, b) => a.start - b.start),
    doc.body,
  );
  const listed = shareListSubject(
    localitiesInLists(unreadRoadNames(candidates, doc.body, lex.affixes, gaz), doc.body),
    doc.body,
    lex.affixes,
  );
  const named = unreadProvincesNamedAsWards(
    pastOffices(
      givenNamesOfPeople(markRoadEnds(listed, doc.body, lex.affixes), doc.body),
      doc.folded,
      lex.formerOffice,
    ),
  );
  const accepted = backgroundOfEarlierYears(
    resolve(named, gaz, doc.body, (gap) => joinsProvince(lex, gap)),
    doc.folded,
    doc.sentences,
  );
  const cues = {
    hardestHit: (near: readonly { start: number }[]) =>
      findHardestHit(doc.folded, doc.sentences, lex.hardestHit, near),
    text: doc.folded,
    sentences: doc.sentences,
    disaster: () => tellsOfDisaster(doc.folded, doc.language),
    nationwide: () => nationwideHeadEnd(doc.folded, doc.sentences, lex.nationwide),
    nationalBody: () => nationwideHeadEnd(doc.folded, doc.sentences, lex.nationalBodies),
  };
  // A page that prints its body twice, or pastes a paragraph again, names its provinces no more often for it:
  // the primary province is weighed on each distinct line once, in a text as long as its distinct lines (where
  // a name stands in it: a round-up's late item). The mentions returned keep every occurrence.
  const repeats = repeatedLines(doc.body);
  const weighed =
    repeats.length === 0 ? accepted : accepted.filter((a) => !inSpans(repeats, a.mention.start));
  const distinct = repeats.reduce((n, r) => n - (r.end - r.start), doc.body.length);
  const summary = summarize(weighed, gaz, doc.sentences[0]?.end ?? 0, distinct, how, cues);
  const outlet =
    summary.provinces.length === 0 ? outletProvince([doc.body, ...around].join('\n'), gaz) : undefined;
  if (outlet !== undefined) {
    const ref = gaz.provinces[outlet]!.ref;
    return { mentions: [], localities: summary.localities, provinces: [ref], primaryProvince: ref };
  }
  return { mentions: accepted.map((a) => a.mention), ...summary };
}

/**
 * The places of an article whose text names no province, read from its photo captions ("… of Dai Loc Commune,
 * Da Nang City, are seen at …"): a short report may name its place only under its photo. No mentions: the
 * captions are not in the body, whose figures take their provinces from places in their own sentences.
 */
export function withCaptionPlaces(
  found: PlaceResult,
  captions: readonly string[],
  language: string,
  how: PrimaryChoice = DEFAULT_PRIMARY_CHOICE,
): PlaceResult {
  if (found.provinces.length > 0 || captions.length === 0) return found;
  const body = captions.join('\n');
  const fromCaptions = findPlaces(
    { body, folded: fold(body), sentences: splitSentences(body), language },
    [],
    how,
  );
  const { provinces } = fromCaptions;
  if (provinces.length === 0) return found;
  // The one province under the photo of a text that names none is the article's, even as a home. A photo that
  // names several (a jam on the road joining two provinces, "<ナムディン省とハノイを結ぶ道路で発生した渋滞>")
  // illustrates a story the text tells of no province: they are listed, none is its place.
  return { ...fromCaptions, mentions: [], primaryProvince: provinces.length === 1 ? provinces[0]! : null };
}

/**
 * For the people stage: true if the (diacritics-insensitive) words are a known province, district-level
 * or well-known place name, e.g. "Ha Long". Commune names are left out on purpose: thousands of them are
 * also ordinary given names ("Minh Quang").
 */
export function isPlaceName(name: string): boolean {
  const key = nameKey(name);
  if (
    key !== '' &&
    gazetteer()
      .byKey.get(key)
      ?.some((e) => e.level <= 2)
  )
    return true;
  // A name in a caseless script is a place when the curated list spells one so ("هو تشي منه", Hồ Chí Minh).
  const written = gazetteer().scriptNames.get(name.charCodeAt(0));
  return written?.some((s) => s.text === name && s.entry.level <= 2) ?? false;
}

/**
 * keyOf for the people stage's tests, remembered: judge asks them of every prefix of every name candidate,
 * and an article names the same people again and again (normalizing and folding each was 3% of the time).
 */
const nameKey = boundedMemo(keyOf);

/**
 * For the people stage: true if the words are any known place, communes and wards included. Only right
 * after an administrative type word ("phường Nguyễn Văn Cừ"), where a name is a unit's before it is a person's.
 */
export function isLocalityName(name: string): boolean {
  const key = nameKey(name);
  return key !== '' && gazetteer().byKey.has(key);
}

/**
 * For the people stage: true if the words are the name of a national figure that places are named after
 * ("Ho Chi Minh", "Tran Hung Dao"): the person of history, a city or a street, never an official quoted.
 */
export function isNamesake(name: string): boolean {
  return gazetteer().namesakes.has(nameKey(name));
}

/** Province by any slug (pre- or post-2025), with its successor. */
export function provinceBySlug(slug: string): ProvinceRef | undefined {
  return gazetteer().bySlug.get(slug)?.ref;
}
