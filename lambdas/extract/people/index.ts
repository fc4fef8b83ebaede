import type { Document } from '../types.js';
import type { Person } from '../../shared/article.js';

export function findPeople(_doc: Document, _opts: { isPlaceName: (name: string) => boolean }): Person[] {
  return [];
}
