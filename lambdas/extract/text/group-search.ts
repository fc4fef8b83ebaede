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

/** Below V8's 20 × 1024 units of source, with a margin. */
const MAX_SOURCE = 20_000;

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
      const out = { re: new RegExp(source(part), flags), groupOf: part.map((_, k) => first + k) };
      first += part.length;
      return out;
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
  const units: { source: string; groupOf: number[] }[] = [...byHead.values()].map((unit) => ({
    source: `(?:${unit.map((u) => `(${u.source})`).join('|')})`,
    groupOf: unit.map((u) => u.body),
  }));
  if (plainFrom >= 0)
    for (let body = plainFrom; body < bodies.length; body++)
      units.push({ source: `(${flat[body]!})`, groupOf: [body] });
  const source = (part: readonly { source: string }[]): string =>
    `${prefix}(?:${part.map((u) => u.source).join('|')})`;
  const parts: { source: string; groupOf: number[] }[][] = [[]];
  for (const unit of units) {
    const last = parts[parts.length - 1]!;
    if (last.length > 0 && source([...last, unit]).length > maxSource) parts.push([unit]);
    else last.push(unit);
  }
  return new SplitSearch(
    parts.map((part) => ({ re: new RegExp(source(part), flags), groupOf: part.flatMap((u) => u.groupOf) })),
    bodies.length,
  );
}

/** A part's next match from `from` on (null: none), valid for any search start in [from, match.index]. */
interface Ahead {
  from: number;
  match: RegExpExecArray | null;
}

class SplitSearch implements GroupSearch {
  lastIndex = 0;
  /**
   * The text the parts last searched and each part's next match in it: a search resumed further on reuses
   * the matches still ahead of it, so no part rescans the text between another part's matches. Only one
   * text is held, the one being searched.
   */
  private text: string | undefined;
  private readonly ahead: (Ahead | undefined)[];

  constructor(
    /** Each part's regex, and the group its capturing group k + 1 is in the single regex (groupOf[k] + 1). */
    private readonly parts: readonly { readonly re: RegExp; readonly groupOf: readonly number[] }[],
    private readonly groups: number,
  ) {
    this.ahead = parts.map(() => undefined);
  }

  exec(text: string): RegExpExecArray | null {
    const best = this.next(text);
    if (best < 0) return null;
    const match = this.ahead[best]!.match!;
    return this.renumbered(match, this.parts[best]!.groupOf, text);
  }

  /** exec, with the match read as a GroupHit: the part's first set group is the single regex's only one. */
  execGroup(text: string): GroupHit | null {
    const best = this.next(text);
    if (best < 0) return null;
    const match = this.ahead[best]!.match!;
    const k = firstGroup(match);
    return { index: match.index, text: match[0], group: k === 0 ? 0 : this.parts[best]!.groupOf[k - 1]! + 1 };
  }

  /** The part whose match is the next one from lastIndex (lastIndex moved past it), or −1 when none is. */
  private next(text: string): number {
    const from = this.lastIndex;
    if (text !== this.text) {
      this.text = text;
      this.ahead.fill(undefined);
    }
    let best = -1;
    let match: RegExpExecArray | null = null;
    for (let j = 0; j < this.parts.length; j++) {
      let a = this.ahead[j];
      if (a === undefined || a.from > from || (a.match !== null && a.match.index < from)) {
        const re = this.parts[j]!.re;
        re.lastIndex = from;
        a = { from, match: re.exec(text) };
        this.ahead[j] = a;
      }
      // Strictly earlier only: on a tie the earlier part holds the alternative the single regex tries first.
      if (a.match !== null && (match === null || a.match.index < match.index)) {
        best = j;
        match = a.match;
      }
    }
    if (match === null) {
      this.lastIndex = 0;
      this.text = undefined;
      return -1;
    }
    this.lastIndex = match.index + match[0].length;
    return best;
  }

  /** The part's match with its groups where the single regex has them. */
  private renumbered(m: RegExpExecArray, groupOf: readonly number[], text: string): RegExpExecArray {
    const values: (string | undefined)[] = [m[0]];
    for (let g = 1; g <= this.groups; g++) values.push(undefined);
    for (let k = 1; k < m.length; k++) if (m[k] !== undefined) values[groupOf[k - 1]! + 1] = m[k];
    return Object.assign(values, { index: m.index, input: text, groups: undefined }) as RegExpExecArray;
  }
}
