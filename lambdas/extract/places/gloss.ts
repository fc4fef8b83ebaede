/**
 * A name glossed in another script right after it ("동나이(Đồng Nai)", "ก่าเมา (Ca Mau)", "Huế (Huế)"): one
 * mention of one place, whose role (a home, a route, a point of reference) is the name's, not a place of its own.
 */

/** Most code units between a name and its gloss in brackets. */
const GLOSS_GAP = 2;

interface Read {
  readonly entry: { readonly slug: string };
  readonly mention: { readonly start: number; readonly end: number };
}

/** True when `a` is the gloss of `prev`, the mention read right before it: the same place, right after it. */
export function glosses(prev: Read | undefined, a: Read): boolean {
  return prev?.entry.slug === a.entry.slug && a.mention.start - prev.mention.end <= GLOSS_GAP;
}
