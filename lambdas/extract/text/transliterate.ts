/**
 * Letter-for-letter transliteration by a table of letter groups (longest group first at each position): how a
 * language's Latin alphabet maps onto Cyrillic letters of the same sounds. Lower case only; a letter the table
 * lacks is kept as it is, so a caller can tell a word the table does not cover.
 */
export type LetterTable = ReadonlyArray<readonly [string, string]>;

/** The table's groups, longest first: "nj" is read before "n". */
export function letterTable(groups: Readonly<Record<string, string>>): LetterTable {
  return Object.entries(groups)
    .map(([from, to]) => [from.normalize('NFC').toLowerCase(), to] as const)
    .sort((a, b) => b[0].length - a[0].length);
}

export function transliterate(text: string, table: LetterTable): string {
  const s = text.normalize('NFC').toLowerCase();
  let out = '';
  for (let k = 0; k < s.length;) {
    const hit = table.find(([from]) => s.startsWith(from, k));
    if (hit === undefined) {
      out += s[k];
      k++;
    } else {
      out += hit[1];
      k += hit[0].length;
    }
  }
  return out;
}
