import { wordsOf } from './tokens.js';

/** Lower-case ASCII words joined by '-': "Bà Rịa - Vũng Tàu" → "ba-ria-vung-tau". */
export function slugOf(name: string): string {
  return wordsOf(name).join('-');
}
