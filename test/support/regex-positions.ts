/** Every position where `(?=alternation)` after the prefix holds: what a lookahead trie must match exactly. */
export function positions(prefix: string, alternation: string, flags: string, text: string): number[] {
  const re = new RegExp(`${prefix}(?=${alternation})`, flags);
  const out: number[] = [];
  for (let at = 0; at <= text.length; at = re.lastIndex + 1) {
    re.lastIndex = at;
    if (!re.test(text)) break;
    out.push(re.lastIndex);
  }
  return out;
}
