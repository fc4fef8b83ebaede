/**
 * An alternation rewritten as a trie of its alternatives' literal beginnings, for a regex that only asks
 * whether some alternative matches at a position (a lookahead: `(?=…)` succeeds if any alternative does, and
 * the regex engine never backtracks into it), not which one or where it ends.
 *
 * A split search's part (group-search.ts) tests `(?=a|b|…)` at every word start of a text, and its
 * alternatives are grouped by their bodies' topics: the French cues hold ten bodies starting with "t", each
 * `t(?:rafic…|oxico…)`, so at each "t" the engine tried some forty alternatives in turn. As a trie
 * (`t(?:r(?:a(?:fic…|ite…)|…)|o…)`) it follows the word's letters, one test per level. Only the order of
 * the alternatives is lost, which a lookahead does not see.
 */

/**
 * Length of the atom at `at` in a pattern source, with its quantifier: a character (a surrogate pair is one),
 * an escape (`\.`, `\d`, `\x02`, `\u00e9`, `\p{L}`), a class or a group. Concatenation is associative, so
 * alternatives that begin with the same atoms (as text) share them in the trie whatever the atoms are:
 * `[^\S\n]+de[^\S\n]+` is as much a shared beginning as `trafic`.
 */
function atomAt(source: string, at: number): { readonly body: number; readonly length: number } {
  const c = source.charCodeAt(at);
  let end: number;
  if (source[at] === '\\') {
    const kind = source[at + 1];
    if ((kind === 'p' || kind === 'P' || kind === 'u') && source[at + 2] === '{')
      end = source.indexOf('}', at) + 1;
    else if (kind === 'x') end = at + 4;
    else if (kind === 'u') end = at + 6;
    else if (kind === 'c') end = at + 3;
    else end = at + 2;
  } else if (source[at] === '[' || source[at] === '(') end = closeOf(source, at);
  else end = c >= 0xd800 && c <= 0xdbff && at + 1 < source.length ? at + 2 : at + 1;
  const body = end - at;
  const q = source[end];
  if (q === '*' || q === '+' || q === '?') end++;
  else if (q === '{') {
    const m = /^\{\d+(?:,\d*)?\}/.exec(source.slice(end));
    if (m) end += m[0].length;
  }
  // A lazy quantifier.
  if (end - at > body && source[end] === '?') end++;
  return { body, length: end - at };
}

/** A lookaround atom: it matches no text, it only forbids or asks for some around it. */
const LOOKAROUND = /^\(\?<?[=!]/;

/** A quantifier that lets its atom match nothing: at the end of an alternative it asks for nothing. */
const OPTIONAL = new Set(['*', '*?', '?', '??']);

/** End of the group or class that opens at `at` (the index after its closing character). */
function closeOf(source: string, at: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = at; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) {
      inClass = ch !== ']';
      if (!inClass && depth === 0) return i + 1;
    } else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i + 1;
  }
  throw new Error(`alternation trie: unbalanced group in /${source}/`);
}

/** The top-level alternatives of a pattern source. */
export function topAlternatives(source: string): string[] {
  const out: string[] = [];
  let from = 0;
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/**
 * An alternative as its atoms, with a non-capturing group that ends it opened into one alternative per branch
 * (`t(?:rafic|oxico)` is `trafic` and `toxico`): the same strings, so the trie can share their letters with
 * other alternatives'.
 */
function flatten(alternative: string, out: string[][], loose: boolean, atoms: readonly string[] = []): void {
  const read = [...atoms];
  const optional: boolean[] = [];
  for (let at = 0; at < alternative.length;) {
    const { body, length } = atomAt(alternative, at);
    const atom = alternative.slice(at, at + length);
    at += length;
    if (at === alternative.length && body === length && atom.startsWith('(?:')) {
      for (const branch of topAlternatives(atom.slice(3, -1))) flatten(branch, out, loose, read);
      return;
    }
    if (loose && LOOKAROUND.test(atom)) continue;
    read.push(atom);
    optional.push(OPTIONAL.has(atom.slice(body)));
  }
  // Inside a lookahead only whether the alternative matches counts, not where it ends: "trafic[letters]*"
  // matches wherever "trafic" does.
  while (optional.pop() === true) read.pop();
  out.push(read);
}

interface Node {
  readonly children: Map<string, Node>;
  /** An alternative ends here: the node matches once reached, whatever follows. */
  ends: boolean;
}

const node = (): Node => ({ children: new Map(), ends: false });

/**
 * The node's pattern: its one branch as it is, several in a group. Written by appending to one string, with no
 * array of branches per node: a cue list's trie has tens of thousands of nodes (one per letter), and the
 * arrays made writing it cost as much as building it, at each language's first article.
 */
function sourceOf(n: Node): string {
  if (n.ends) return '';
  const many = n.children.size > 1;
  let out = many ? '(?:' : '';
  let first = true;
  for (const [atom, child] of n.children) {
    if (!first) out += '|';
    first = false;
    out += atom + sourceOf(child);
  }
  return many ? `${out})` : out;
}

/**
 * A pattern source that matches at a position exactly where some alternative of `sources` does (each a
 * pattern source, itself possibly an alternation; none holding a capturing group or a back reference), for use
 * inside a lookahead only: the alternative it reads, and so where a match would end, may differ.
 *
 * `loose`: the alternatives' lookarounds are left out, so the trie also matches where one of them forbade an
 * alternative (`dealer(?![a-z])` in "dealers"): a sieve, for a search that tests each position it finds
 * with the alternatives themselves (group-search.ts seek). It is much shorter: the French topic cues' word-end
 * guards `(?![^\W_]|\x02)` were a third of their trie, and without them a cue that another extends ends the
 * branch ("reseau" for "reseau electrique").
 */
export function alternationTrie(sources: readonly string[], loose = false): string {
  const root = node();
  for (const source of sources) {
    const flat: string[][] = [];
    for (const alternative of topAlternatives(source)) flatten(alternative, flat, loose);
    for (const atoms of flat) {
      let at = root;
      for (const atom of atoms) {
        let next = at.children.get(atom);
        if (!next) at.children.set(atom, (next = node()));
        at = next;
      }
      at.ends = true;
    }
  }
  return sourceOf(root);
}
