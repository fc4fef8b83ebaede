/**
 * Internal contracts between the stages of the extraction engine. Each stage is a pure function over a
 * Document; lambdas/extract/index.ts wires them in order:
 *   decode → structure → language → places → people → figures → Article
 */
import type { Span } from './text/sentences.js';

export type { Span };

/** The text the semantic stages read: title and paragraphs, without captions and boilerplate. */
export interface Document {
  /** Title and paragraphs joined by '\n'. All offsets below index into this string. */
  readonly body: string;
  /** fold(body): same length, lower case, no diacritics. */
  readonly folded: string;
  readonly sentences: readonly Span[];
  /** ISO 639-1 code from the language stage. */
  readonly language: string;
}

/** One occurrence of a place name in the body, resolved to its (pre-2025, as named) province slug. */
export interface PlaceMention {
  readonly start: number;
  readonly end: number;
  /** Gazetteer slug of the place itself (a province slug for province mentions). */
  readonly placeSlug: string;
  readonly kind: 'province' | 'district' | 'town' | 'city' | 'commune' | 'ward' | 'township' | 'locality';
  /** Province the place belongs to, as named (pre- or post-2025 slug). */
  readonly provinceSlug: string;
  /** True when a phrase such as "la police provinciale de X" / "X province" marks it as the subject. */
  readonly explicit: boolean;
}
