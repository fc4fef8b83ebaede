/**
 * A global search for `prefix(?:(a)|(b)|…)`, one capturing group per alternative, that stays fast when the
 * alternation is large. V8 compiles a pattern whose source is longer than 20 × 1024 units without its
 * optimizations (kRegExpTooLargeToOptimize; measured: the English cues padded from 20,475 to 20,494 units
 * were searched 11 times slower), and the Vietnamese topic cues (26 KB) were searched about 3.5 times slower
 * than the same cues as two regexes. So an alternation too long for one regex is split into consecutive parts
 * of at most MAX_SOURCE units, each its own regex, and their matches are merged into the ones the single
 * regex finds: at each position the alternatives are tried in order, so the match is the earliest of the
 * parts', and on a tie the earlier part's. Match arrays number the groups as the single regex does. One
 * regex is kept whenever it fits: below the limit, parts only cost (English cues as 16 + 2 KB: 35% slower).
 */

import { alternationTrie } from './alternation-trie.js';

/** The subset of a global RegExp the searches use: a RegExp is one, and so is a split search. */
export interface GroupSearch {
  lastIndex: number;
  exec(text: string): RegExpExecArray | null;
}

/**
 * A match of a group search read for its group only: where it starts, its text, and the number of the group
 * that matched in the single regex (0: none). The bodies hold no groups of their own, so one group at most
 * matches; a reader of the cue matches needs no more than this.
 */
export interface GroupHit {
  readonly index: number;
  readonly text: string;
  readonly group: number;
}

/**
 * The next match of `search` as a GroupHit, with lastIndex set as exec sets it. A split search hands it over
 * without first spreading the match over an array of every group of the single regex, as exec must (the
 * French cues have hundreds of groups: that array and the reader's scan of it cost about as much as the
 * search itself).
 */
export function execGroup(search: GroupSearch, text: string): GroupHit | null {
  if (search instanceof SplitSearch) return search.execGroup(text);
  const m = search.exec(text);
  return m === null ? null : { index: m.index, text: m[0], group: firstGroup(m) };
}

/** The first group of a match that is set, 0 if none. */
function firstGroup(m: RegExpExecArray): number {
  for (let g = 1; g < m.length; g++) if (m[g] !== undefined) return g;
  return 0;
}

/**
 * Below V8's 20 × 1024 = 20,480 units of source (kRegExpTooLargeToOptimize, which TooMuchRegExpCode compares
 * with the pattern's length; a pattern of 20,475 units was measured fast, above), with a margin of 80. A
 * split search's part is its loose trie (partOf): the French topic cues' is 9.7 K units, one part where the
 * exact trie (20.6 K) took two, which scanned each paragraph twice.
 */
const MAX_SOURCE = 20_400;

/**
 * `new RegExp(`${prefix}(?:(${bodies[0]})|(${bodies[1]})|…)`, flags)`, as one regex when it is short enough,
 * else split. Each body must hold no capturing group of its own; flags must include 'g'.
 */
export function groupSearch(
  prefix: string,
  bodies: readonly string[],
  flags: string,
  maxSource = MAX_SOURCE,
): GroupSearch {
  if (!flags.includes('g')) throw new Error(`groupSearch needs a global regex, not /${flags}/`);
  const source = (part: readonly string[]): string => `${prefix}(?:${part.map((b) => `(${b})`).join('|')})`;
  const parts: string[][] = [[]];
  for (const body of bodies) {
    const last = parts[parts.length - 1]!;
    if (last.length > 0 && source([...last, body]).length > maxSource) parts.push([body]);
    else last.push(body);
  }
  if (parts.length === 1) return new RegExp(source(parts[0]!), flags);
  let first = 0;
  return new SplitSearch(
    parts.map((part) => {
      const units = part.map((body, k) => ({ head: null, bodies: [{ source: body, group: first + k }] }));
      first += part.length;
      return partOf(prefix, units, flags);
    }),
    bodies.length,
  );
}

/**
 * groupSearch(prefix, bodies, flags), each body given by its alternatives' first characters (a Map from the
 * escaped character to the body's alternatives that start with it, `t(?:rafic…|oxico…)`, as
 * alternativesByFirstChar gives them), or as one source where its alternatives start with no literal (a
 * class: the compound heads), which must come after every Map. The alternatives are tried by first
 * character before body: `(?:(t(?:rafic…))|(t(?:ruc…)))|(?:(s(?:…)))|…|(heads)`. At a position only the
 * unit of the character there can match, and inside it the bodies keep their order, then the bodies without
 * a first character theirs: every match and its group are the plain search's. But the engine tests one
 * character per unit where it tested each body's characters in turn (French cues: 24 bodies by 23
 * characters), at every word start. Matches number the groups as groupSearch does; the parts, where the
 * units are too long for one regex, are merged as its split search merges them (a tie at one position can
 * only be a unit of a character and a body without one, which comes later).
 */
export function firstCharSearch(
  prefix: string,
  bodies: readonly (ReadonlyMap<string, string> | string)[],
  flags: string,
  maxSource = MAX_SOURCE,
): GroupSearch {
  const flat = bodies.map((b) => (typeof b === 'string' ? b : [...b.values()].join('|')));
  const plainFrom = bodies.findIndex((b) => typeof b === 'string');
  if (plainFrom >= 0 && bodies.slice(plainFrom).some((b) => typeof b !== 'string'))
    return groupSearch(prefix, flat, flags, maxSource);
  if (!flags.includes('g')) throw new Error(`firstCharSearch needs a global regex, not /${flags}/`);
  const byHead = new Map<string, { body: number; source: string }[]>();
  bodies.forEach((b, body) => {
    if (typeof b === 'string') return;
    for (const [head, source] of b) {
      const unit = byHead.get(head);
      if (unit) unit.push({ body, source });
      else byHead.set(head, [{ body, source }]);
    }
  });
  const units: { source: string; head: string | null; bodies: { source: string; group: number }[] }[] = [
    ...byHead,
  ].map(([head, unit]) => ({
    source: `(?:${unit.map((u) => `(${u.source})`).join('|')})`,
    head,
    bodies: unit.map((u) => ({ source: u.source, group: u.body })),
  }));
  if (plainFrom >= 0)
    for (let body = plainFrom; body < bodies.length; body++)
      units.push({ source: `(${flat[body]!})`, head: null, bodies: [{ source: flat[body]!, group: body }] });
  // One part whenever the units' find, written as a trie (partOf), is short enough: each part costs a scan of
  // the text, and the trie is shorter than the units' groups (German cues: 19.5 + 3.0 KB in two parts, a trie
  // of 19.2 KB in one).
  const one = partOf(prefix, units, flags);
  if (one.find.source.length <= maxSource) return new SplitSearch([one], bodies.length);
  const source = (part: readonly { source: string }[]): string =>
    `${prefix}(?:${part.map((u) => u.source).join('|')})`;
  const parts: (typeof units)[] = [[]];
  for (const unit of units) {
    const last = parts[parts.length - 1]!;
    if (last.length > 0 && source([...last, unit]).length > maxSource) parts.push([unit]);
    else last.push(unit);
  }
  return new SplitSearch(
    parts.map((part) => partOf(prefix, part, flags)),
    bodies.length,
  );
}

/**
 * The alternatives a split search tries at a position, in the single regex's order: a unit of bodies that all
 * start with one literal character (`head`, its UTF-16 unit; firstCharSearch's units), or a body with no
 * literal first character (head −1), which a unit of its own holds. Each body is a sticky regex of its own
 * and the number of its group in the single regex (0-based).
 */
interface Unit {
  readonly head: number;
  readonly bodies: readonly { readonly re: RegExp; readonly group: number }[];
}

/**
 * One regex of a split search: `find`, the part's alternation inside a lookahead after the prefix, which
 * matches no text and holds no group, so that a search allocates nothing (test, not exec: it leaves lastIndex
 * at the match's start); and the part's units, which tell at that start which body the single regex's match
 * is and where it ends. Lookahead or not, the positions where some alternative matches after the prefix are
 * the same; at such a position the single regex takes the first alternative that matches there, and as
 * nothing follows the alternation, its own match ends the regex's.
 */
interface Part {
  readonly find: RegExp;
  /** find's `u` flag: its positions are those of code points, not of UTF-16 units. */
  readonly unicode: boolean;
  /** The units with a head by their head unit (at a position at most one can match), and their order. */
  readonly byHead: ReadonlyMap<number, number>;
  readonly units: readonly Unit[];
  /** Index of the first unit without a head: those come after every unit with one. */
  readonly plainFrom: number;
}

/** A part's next match from `from` on (index −1: none), valid for any search start in [from, index]. */
interface Ahead {
  from: number;
  index: number;
  end: number;
  group: number;
}

/** The unit a head source of alternativesByFirstChar (escapeRegExp of one BMP unit) stands for. */
function headUnit(head: string): number {
  return head.length === 2 && head[0] === '\\'
    ? head.charCodeAt(1)
    : head.length === 1
      ? head.charCodeAt(0)
      : -1;
}

/** A split search's part: its units' bodies (sources, with the group each is in the single regex). */
function partOf(
  prefix: string,
  units: readonly {
    readonly head: string | null;
    readonly bodies: readonly { source: string; group: number }[];
  }[],
  flags: string,
): Part {
  const sticky = `${flags.replace('g', '')}y`;
  // Every body's alternatives as one trie: the lookahead only tells where some body may match, which the
  // order of the alternatives does not change, and the trie reads a word's letters once where the bodies'
  // groups were tried one after another. A loose trie (no lookarounds), since seek tests the bodies at each
  // position it finds anyway: shorter than the units' groups joined, so within MAX_SOURCE.
  const alternation = alternationTrie(
    units.flatMap((u) => u.bodies.map((b) => b.source)),
    true,
  );
  const compiled: Unit[] = units.map((u) => ({
    head: u.head === null ? -1 : headUnit(u.head),
    bodies: u.bodies.map((b) => ({ re: new RegExp(`(?:${b.source})`, sticky), group: b.group })),
  }));
  const plainFrom = compiled.findIndex((u) => u.head < 0);
  if (plainFrom >= 0 && compiled.slice(plainFrom).some((u) => u.head >= 0))
    throw new Error('groupSearch: a unit with a head after one without');
  return {
    find: new RegExp(`${prefix}(?=${alternation})`, flags),
    unicode: flags.includes('u'),
    byHead: new Map(compiled.flatMap((u, k) => (u.head >= 0 ? [[u.head, k] as const] : []))),
    units: compiled,
    plainFrom: plainFrom < 0 ? compiled.length : plainFrom,
  };
}

class SplitSearch implements GroupSearch {
  lastIndex = 0;
  /**
   * The text the parts last searched and each part's next match in it: a search resumed further on reuses
   * the matches still ahead of it, so no part rescans the text between another part's matches. Only one
   * text is held, the one being searched. The Ahead records are kept and overwritten, not reallocated.
   */
  private text: string | undefined;
  private readonly ahead: Ahead[];
  /** Whether ahead[j] holds part j's next match for the current text. */
  private readonly known: boolean[];

  constructor(
    private readonly parts: readonly Part[],
    private readonly groups: number,
  ) {
    this.ahead = parts.map(() => ({ from: 0, index: -1, end: 0, group: 0 }));
    this.known = parts.map(() => false);
  }

  exec(text: string): RegExpExecArray | null {
    const hit = this.execGroup(text);
    if (hit === null) return null;
    // As the single regex numbers them: each body's group holds the whole match (the prefix matches no text).
    const values: (string | undefined)[] = [hit.text];
    for (let g = 1; g <= this.groups; g++) values.push(g === hit.group ? hit.text : undefined);
    return Object.assign(values, { index: hit.index, input: text, groups: undefined }) as RegExpExecArray;
  }

  /** exec, with the match read as a GroupHit. */
  execGroup(text: string): GroupHit | null {
    const best = this.next(text);
    if (best < 0) return null;
    const a = this.ahead[best]!;
    return { index: a.index, text: text.slice(a.index, a.end), group: a.group + 1 };
  }

  /** The part whose match is the next one from lastIndex (lastIndex moved past it), or −1 when none is. */
  private next(text: string): number {
    const from = this.lastIndex;
    if (text !== this.text) {
      this.text = text;
      this.known.fill(false);
    }
    let best = -1;
    for (let j = 0; j < this.parts.length; j++) {
      const a = this.ahead[j]!;
      if (!this.known[j] || a.from > from || (a.index >= 0 && a.index < from)) {
        this.known[j] = true;
        a.from = from;
        seek(this.parts[j]!, text, from, a);
      }
      // Strictly earlier only: on a tie the earlier part holds the alternative the single regex tries first.
      if (a.index >= 0 && (best < 0 || a.index < this.ahead[best]!.index)) best = j;
    }
    if (best < 0) {
      this.lastIndex = 0;
      this.text = undefined;
      return -1;
    }
    this.lastIndex = this.ahead[best]!.end;
    return best;
  }
}

/**
 * Part's first match from `from` on into `a`: where it starts (−1: none), ends, and its body's group. find is
 * a sieve (its trie has no lookarounds): where no body matches at a position it found, the search goes on
 * from the next one (the next code point's in a `u` regex, whose search would step back into a pair).
 */
function seek(part: Part, text: string, from: number, a: Ahead): void {
  const find = part.find;
  find.lastIndex = from;
  while (find.test(text)) {
    const at = find.lastIndex;
    a.index = at;
    const unit = part.byHead.get(text.charCodeAt(at));
    if (unit !== undefined && bodyAt(part.units[unit]!, text, at, a)) return;
    for (let k = part.plainFrom; k < part.units.length; k++) if (bodyAt(part.units[k]!, text, at, a)) return;
    const lead = text.charCodeAt(at);
    const pair =
      part.unicode && lead >= 0xd800 && lead <= 0xdbff && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00;
    find.lastIndex = at + (pair ? 2 : 1);
  }
  a.index = -1;
}

/** The unit's first body that matches at `at`, its end and group set in `a`; false if none does. */
function bodyAt(unit: Unit, text: string, at: number, a: Ahead): boolean {
  for (const body of unit.bodies) {
    body.re.lastIndex = at;
    if (body.re.test(text)) {
      a.end = body.re.lastIndex;
      a.group = body.group;
      return true;
    }
  }
  return false;
}
