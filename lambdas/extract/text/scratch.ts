/**
 * Sizes of the scratch buffers the stages keep between calls (fold's patch units, the people stage's word
 * offsets, the places stage's word arrays). Each grows, doubling, to the longest text seen, so that articles
 * after the first allocate none; but only up to a cap: after the largest object the parse Lambda accepts (about
 * 5 MB of text) they would stay at some 10, 20 and 25 MB for the rest of a warm Lambda's life. A text longer
 * than the cap gets buffers of its own size, which are let go (the places arrays: shrunk back at the next text).
 */

/** Code units of text up to which the kept buffers serve; a 1 MB article, beyond nearly all real ones. */
export const KEPT_SCRATCH_UNITS = 1 << 20;

/**
 * Entries a kept buffer of `size` entries is grown to when it must hold `need` (need within the cap): twice
 * its size while that stays under `cap`, so that a run of growing texts reallocates it a few times only.
 */
export function grownScratch(size: number, need: number, cap: number): number {
  return Math.min(Math.max(need, 2 * size), Math.max(need, cap));
}
