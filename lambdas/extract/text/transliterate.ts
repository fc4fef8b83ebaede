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

/**
 * A table's groups by their first letter, longest first as in the table: at each position only the groups
 * that can start there are tried. Names are read per capitalised word of every text of a language with a
 * table (people/names.ts), so the whole-table scan per letter was a visible cost; built once per table.
 */
const byFirstLetter = new WeakMap<LetterTable, ReadonlyMap<string, LetterTable>>();

function indexOf(table: LetterTable): ReadonlyMap<string, LetterTable> {
  const hit = byFirstLetter.get(table);
  if (hit !== undefined) return hit;
  const index = new Map<string, (readonly [string, string])[]>();
  for (const group of table) {
    if (group[0] === '') continue;
    const first = group[0][0]!;
    const list = index.get(first);
    if (list === undefined) index.set(first, [group]);
    else list.push(group);
  }
  byFirstLetter.set(table, index);
  return index;
}

export function transliterate(text: string, table: LetterTable): string {
  const s = text.normalize('NFC').toLowerCase();
  const index = indexOf(table);
  let out = '';
  for (let k = 0; k < s.length;) {
    const hit = index.get(s[k]!)?.find(([from]) => s.startsWith(from, k));
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
