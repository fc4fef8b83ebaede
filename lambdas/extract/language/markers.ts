/**
 * Second opinion for languages franc's trigrams cannot tell apart (markers.json): count the words written
 * only in each standard and let the larger count decide. Runs only when franc's answer is one of a pair
 * (or of a set: Croatian, Serbian, Bosnian).
 */
import markerData from './markers.json' with { type: 'json' };

interface Pair {
  /** Language (ISO 639-3) → its marker phrases (one or two lower-case words). */
  readonly markers: ReadonlyMap<string, ReadonlySet<string>>;
}

// Each entry of the JSON holds its own languages' keys only (TypeScript types the others as undefined).
const PAIRS: readonly Pair[] = (markerData.pairs as Record<string, string[] | undefined>[]).map((pair) => ({
  markers: new Map(Object.entries(pair).flatMap(([code, words]) => (words ? [[code, new Set(words)]] : []))),
}));

const WORD = /\p{L}+/gu;

/** `code`, or the other language of its pair when that one's markers occur more often in `text`. */
export function refineClose(code: string, text: string): string {
  const pair = PAIRS.find((p) => p.markers.has(code));
  if (!pair) return code;
  const words = text.toLowerCase().match(WORD) ?? [];
  const counts = new Map<string, number>();
  for (let i = 0; i < words.length; i++) {
    const one = words[i]!;
    const two = i + 1 < words.length ? `${one} ${words[i + 1]!}` : '';
    for (const [language, set] of pair.markers) {
      if (set.has(one) || (two !== '' && set.has(two))) counts.set(language, (counts.get(language) ?? 0) + 1);
    }
  }
  let best = code;
  for (const [language, n] of counts) if (n > (counts.get(best) ?? 0)) best = language;
  return best;
}
