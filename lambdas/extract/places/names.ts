/**
 * Spelling helpers shared by the gazetteer build and the matcher.
 */

/**
 * Vietnamese writes a tone mark in two conventions, old ("Hoà") and new ("Hòa"); this gives the new one, as
 * the 2025 lists do. Only an open syllable ending in oa/oe/uy moves its mark, and never after "q" ("Quý" stays).
 */
export function modernTone(name: string): string {
  const moves: Record<string, string> = {
    à: 'ò',
    á: 'ó',
    ả: 'ỏ',
    ã: 'õ',
    ạ: 'ọ',
    è: 'ò',
    é: 'ó',
    ẻ: 'ỏ',
    ẽ: 'õ',
    ẹ: 'ọ',
  };
  const uMoves: Record<string, string> = { ỳ: 'ù', ý: 'ú', ỷ: 'ủ', ỹ: 'ũ', ỵ: 'ụ' };
  return name
    .normalize('NFC')
    .replace(/(^|[^qQ])([oO])([àáảãạèéẻẽẹ])(?![\p{L}])/gu, (_m, pre: string, o: string, v: string) => {
      const base = v.normalize('NFD')[0]!;
      const toned = moves[v]!;
      return pre + (o === 'O' ? toned.toUpperCase() : toned) + base;
    })
    .replace(/(^|[^qQ])([uU])([ỳýỷỹỵ])(?![\p{L}])/gu, (_m, pre: string, u: string, v: string) => {
      const toned = uMoves[v]!;
      return pre + (u === 'U' ? toned.toUpperCase() : toned) + 'y';
    });
}

/** Comparison key of a name written with diacritics: modern tone placement, lower case, single spaces. */
export function spellingKey(text: string): string {
  return modernTone(text.normalize('NFC').toLowerCase())
    .replace(/[\s\-\u2013]+/g, ' ')
    .trim();
}
