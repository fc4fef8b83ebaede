import type { Document, PlaceMention } from '../types.js';
import type { Figure } from '../../shared/article.js';

/** Figures stage: every number in the body that counts something (first version: none yet). */
export function extractFigures(_doc: Document, _places: readonly PlaceMention[]): Figure[] {
  return [];
}
