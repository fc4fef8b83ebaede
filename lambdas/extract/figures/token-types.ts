/**
 * The tokens of the figures stage (tokens.ts makes them): words, punctuation and numbers, with offsets into the
 * body. Kept apart so that the readers tokens.ts calls (segmented.ts, dual.ts) can make tokens without an
 * import cycle.
 */
export interface WordToken {
  readonly kind: 'word';
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface PunctToken {
  readonly kind: 'punct';
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface NumToken {
  readonly kind: 'num';
  readonly start: number;
  readonly end: number;
  readonly value: number;
  /** Written in words ("quatre", "dwa"). */
  readonly spelled: boolean;
  /** Digits only, no separator: the shape of a year or an identifier. */
  readonly plain: boolean;
  /** Read as part of a phone number ("0912 345 678") or an identifier with a leading zero ("06"). */
  readonly phone: boolean;
}

export type Token = WordToken | PunctToken | NumToken;
