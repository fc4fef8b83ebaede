/**
 * The body an official speaks for, linked before the name by a joiner, in a language that names the body first
 * (Japanese "国家交通安全委員会のNguyễn Văn Nam氏", "省人民委員会のグエン・ヴァン・ナム氏": Mr Nam of the committee).
 * What closes such a name is often a mere courtesy (氏), which alone makes no official; the body does. Its
 * words are the lexicon's authorityWords, the ones "X of the National Traffic Safety Committee" ends with in
 * the languages that name the body after the name (memberLinkers).
 */

/** The authority word ending right before a joiner before `start` (a space allowed before the name), or null. */
export function authorityLinkedBefore(
  text: string,
  start: number,
  joiners: readonly string[],
  /** Longest first. */
  authorities: readonly string[],
  /** Words of a former body or office ("元", "前"): a former member speaks for nobody. */
  formerWords: readonly string[],
): string | null {
  let end = text[start - 1] === ' ' ? start - 1 : start;
  const joiner = joiners.find((j) => text.endsWith(j, end));
  if (joiner === undefined) return null;
  end -= joiner.length;
  const body = authorities.find((a) => text.endsWith(a, end));
  if (body === undefined) return null;
  if (formerWords.some((w) => text.endsWith(w, end - body.length))) return null;
  return body;
}
