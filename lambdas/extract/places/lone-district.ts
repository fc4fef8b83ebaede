/**
 * A locality read by a coarse key (a sound key, a transcription) stands for its province when its type word
 * says it is a district-level unit and only one such unit has the name. Shared by the Indic, Arabic-script and
 * Cyrillic readers; not by the Hangul and katakana ones, whose district suffixes (현, 郡) name Japanese
 * prefectures and Chinese counties too: there a name heard by sound still needs its province named.
 */
import type { PlaceEntry } from './gazetteer.js';
import type { PlaceCategory } from './lexicon.js';

/** Type words of a district-level unit: a district, a town, a city. */
export const DISTRICT_LEVEL: ReadonlySet<PlaceCategory> = new Set(['district', 'town', 'city']);

/**
 * A locality heard by a coarse key after a district's, a town's or a city's type word, standing for itself with
 * no province named: the one district-level unit among the entries ("কোয়াং ইয়েন শহরের পুলিশ", Quảng Yên town,
 * whose communes of the same name elsewhere are no town). A town says its province as its name does: a report
 * of Sa Pa's or Quảng Yên's police often never names Lào Cai or Quảng Ninh. Undefined when there is none or
 * several (the context must decide).
 */
export function loneDistrict(
  entries: readonly PlaceEntry[],
  category: PlaceCategory,
): PlaceEntry | undefined {
  if (category === 'ward') return wardNamedAfterDistrict(entries);
  if (!DISTRICT_LEVEL.has(category)) return undefined;
  const districts = entries.filter((e) => e.level === 2);
  if (districts.length === 1) return districts[0];
  // Several units share the key: the type word says which kind it names ("مدينة كوي نون", the city Quy Nhơn,
  // not the district Quỳnh Nhai). One place may be listed twice (the gazetteer and a list of script forms).
  const ofKind = districts.filter((e) => e.kind === category);
  const first = ofKind[0];
  return first !== undefined && ofKind.every((e) => e.slug === first.slug && e.province === first.province)
    ? first
    : undefined;
}

/**
 * A ward named as one urban district only is named after it: since July 2025 an old urban district's core is a
 * ward bearing its name ("লে চান ওয়ার্ড", Lê Chân ward, in Hải Phòng), which a gazetteer of the old units does not
 * hold. Undefined when a ward of the name is listed (the ward is that one) or no district or several have it.
 */
function wardNamedAfterDistrict(entries: readonly PlaceEntry[]): PlaceEntry | undefined {
  if (entries.some((e) => e.kind === 'ward')) return undefined;
  const districts = entries.filter((e) => e.level === 2);
  return districts.length === 1 && districts[0]!.kind === 'district' ? districts[0] : undefined;
}
