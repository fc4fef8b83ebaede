/**
 * Korean words around a place name: the particles a noun takes, and the type suffixes that are also parts of
 * common words. Shared by the curated-name search (scripts.ts) and the sound reading (hangul.ts).
 */

/** Particles and endings a Korean noun takes, as written after the type suffix. */
export const PARTICLES = new Set([
  '',
  '에서',
  '에',
  '의',
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '과',
  '와',
  '로',
  '으로',
  '까지',
  '에서는',
  '에는',
  '에서도',
  '도',
]);

/**
 * Suffixes that end too many Korean words to introduce a name read by sound: 면 (따르면 "according to"), 동
 * (활동, 이동), 방 (지방, 예방). Names of those types are found only from the curated lists.
 */
export const COMMON_ENDINGS = new Set(['면', '동', '방']);

const HANGUL_SYLLABLES = /^[\uac00-\ud7a3]+/;

/**
 * Whether one of those suffixes, read as a type word after a name and ending at `to`, ends its word: nothing or
 * a particle follows. Otherwise it opens another word: "하노이 동쪽" (east of Hanoi), "동북부" (the north-east),
 * "방향" (direction), "면적" (area) name no ward, no commune.
 */
export function suffixEndsWord(body: string, to: number): boolean {
  if (!COMMON_ENDINGS.has(body[to - 1] ?? '')) return true;
  const rest = HANGUL_SYLLABLES.exec(body.slice(to, to + 8))?.[0] ?? '';
  return PARTICLES.has(rest);
}
