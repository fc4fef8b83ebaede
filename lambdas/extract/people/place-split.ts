/**
 * A known place written right before a name, no comma between: "Bí thư Tỉnh ủy Hà Tĩnh Hoàng Trung Dũng",
 * "Sekretaris Partai Provinsi Ha Tinh Hoang Trung Dung". Many provinces start with a family name ("Hà",
 * "Lâm", "Hòa"), so the name scan reads the province and the first words of its official's name as one
 * name ("Hà Tĩnh Hoàng Trung"). Such a run is split where a known place ends and a name of two words or
 * more, scanned anew from there, starts; a run the place leaves only the first word of a rank is the place alone.
 */
import { lowerBound } from '../text/search.js';
import type { WordOffsets } from '../text/words.js';
import type { FamilyNames, NameCandidate } from './names.js';
import { findNameCandidates } from './names.js';

/** The most words a place name takes ("Bà Rịa Vũng Tàu"). */
const PLACE_WORDS = 4;
/** How many words a name scanned anew may take, and so how far past the run to look. */
const NAME_WORDS = 4;

export function splitLeadingPlaces(
  text: string,
  offsets: WordOffsets,
  candidates: readonly NameCandidate[],
  families: FamilyNames,
  suffixes: readonly string[],
  isKnownPlace: (name: string) => boolean,
  opensRank: (at: number) => boolean = () => false,
): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (const c of candidates) {
    const split =
      c.titled || c.tokens.length < 3
        ? null
        : splitOne(text, offsets, c, families, suffixes, isKnownPlace, opensRank);
    if (split === null) out.push(c);
    else out.push(...split);
  }
  return out;
}

function splitOne(
  text: string,
  offsets: WordOffsets,
  c: NameCandidate,
  families: FamilyNames,
  suffixes: readonly string[],
  isKnownPlace: (name: string) => boolean,
  opensRank: (at: number) => boolean,
): NameCandidate[] | null {
  const first = lowerBound(offsets.length / 2, (i) => offsets[2 * i]! < c.start);
  if (offsets[2 * first] !== c.start) return null;
  // Longest place first; the name after it needs two words at least.
  for (let n = Math.min(PLACE_WORDS, c.tokens.length - 1); n >= 2; n--) {
    const tokens = c.tokens.slice(0, n);
    if (!isKnownPlace(tokens.join(' '))) continue;
    const from = first + n;
    const place: NameCandidate = {
      start: c.start,
      end: offsets[2 * (from - 1) + 1]!,
      name: tokens.join(' '),
      tokens,
      titled: false,
    };
    // The one word left after the place may open a rank written before the official's name ("Công an tỉnh
    // Hà Tĩnh Thượng tá X", "… Lào Cai Trung tướng X"; `opensRank`): then the place alone stands, and the rank
    // is read before the name that follows. Otherwise the word ends a name ("Đinh Văn Nơi", not "Đinh Văn").
    if (c.tokens.length - n === 1 && opensRank(offsets[2 * from]!)) return [place];
    const window = offsets.slice(2 * from, 2 * (from + NAME_WORDS));
    const next = findNameCandidates(text, families, suffixes, window)[0];
    if (next === undefined || next.start !== offsets[2 * from] || next.tokens.length < 2) continue;
    return [place, next];
  }
  return null;
}
