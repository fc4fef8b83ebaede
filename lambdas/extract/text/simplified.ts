/**
 * Chinese written in traditional characters read as simplified: names and cue words are listed simplified;
 * papers in Hong Kong, Taiwan and the Vietnamese Chinese press write traditional ones. The map
 * (data/han-viet.json "simplified", from Unihan) holds the traditional characters whose simplified forms are
 * in those lists.
 */
import readingData from '../data/han-viet.json' with { type: 'json' };

const SIMPLIFIED: Readonly<Record<string, string>> = (readingData as { simplified: Record<string, string> })
  .simplified;
const TRADITIONAL = new RegExp(`[${Object.keys(SIMPLIFIED).join('')}]`, 'g');

/**
 * The text with its traditional characters written simplified ("巴地-頭頓省" → "巴地-头顿省", "災害" →
 * "灾害"): one unit for one unit, so offsets stay the text's.
 */
export function asSimplified(body: string): string {
  return body.replace(TRADITIONAL, (ch) => SIMPLIFIED[ch]!);
}
