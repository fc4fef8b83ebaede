/**
 * A cheap first test of a word against a word list, without slicing the word out of its text: the lists of
 * the figures lexicons and the gazetteer's first words are asked about most words of every article.
 */

/**
 * The first code units, the (first, last, length) combinations and the lengths a set of words has: most words
 * of a text fail this before any slicing or hashing (every word of every article is looked up in several
 * lists). Code units enter the combinations by their low five bits, so a-z are told apart and the rest may
 * share a slot: a slot can only say "maybe".
 */
export class Shape {
  private readonly ascii = new Uint8Array(128);
  private readonly other = new Set<number>();
  /**
   * One bit per combination: the lists of one lexicon hold dozens of shapes, asked about at random, and
   * 2 KB each stay in the processor's cache where 16 KB of bytes did not.
   */
  private readonly combinations = new Uint32Array((32 * 32 * 16) / 32);
  private shortest = Infinity;
  private longest = -1;
  private hasEmpty = false;

  add(word: string): void {
    this.shortest = Math.min(this.shortest, word.length);
    this.longest = Math.max(this.longest, word.length);
    if (word === '') {
      this.hasEmpty = true;
      return;
    }
    const c = word.charCodeAt(0);
    if (c < 128) this.ascii[c] = 1;
    else this.other.add(c);
    const k = combination(word, 0, word.length);
    this.combinations[k >>> 5]! |= 1 << (k & 31);
  }

  /** Whether a word with this first unit (at `from`) could be one of the words (length not checked). */
  startsLike(word: string, from = 0): boolean {
    const c = word.charCodeAt(from);
    return c < 128 ? this.ascii[c] === 1 : this.other.has(c);
  }

  mayHold(word: string): boolean {
    return this.mayHoldSlice(word, 0, word.length);
  }

  /** mayHold(text.slice(start, end)), without the slice. */
  mayHoldSlice(text: string, start: number, end: number): boolean {
    const n = end - start;
    if (n < this.shortest || n > this.longest) return false;
    if (n === 0) return this.hasEmpty;
    const k = combination(text, start, end);
    return ((this.combinations[k >>> 5]! >>> (k & 31)) & 1) === 1;
  }
}

function combination(text: string, start: number, end: number): number {
  return (((text.charCodeAt(start) & 31) * 32 + (text.charCodeAt(end - 1) & 31)) << 4) | ((end - start) & 15);
}
