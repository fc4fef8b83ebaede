/**
 * Thai spellings of foreign names vary mostly in what only marks the tone: the tone marks themselves (่ ้ ๊ ๋)
 * and the thanthakhat (์), and a silent ห written before a sonorant to raise its tone class ("หวิญ"/"วิญ").
 * Names are compared without them: "กว๋างหงาย" and "กวางงาย" are the same name.
 */
const SONORANTS = new Set([...'งญณนมยรลวฬ'].map((c) => c.charCodeAt(0)));
const HO_HIP = 0x0e2b;

/** Whether the code unit at i only marks a tone (see the module comment). */
export function isThaiToneOnly(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 0x0e48 && c <= 0x0e4c) return true;
  return c === HO_HIP && SONORANTS.has(text.charCodeAt(i + 1));
}

/** The name without its tone-only units. */
export function thaiKey(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) if (!isThaiToneOnly(text, i)) out += text[i];
  return out;
}

/** End of `key` read in `text` from `start`, skipping tone-only units of the text; -1 when it is not there. */
export function thaiMatchEnd(text: string, start: number, key: string): number {
  let j = start;
  for (let k = 0; k < key.length; k++) {
    while (j < text.length && isThaiToneOnly(text, j)) j++;
    if (text.charCodeAt(j) !== key.charCodeAt(k)) return -1;
    j++;
  }
  // Tone marks written on the name's last letter belong to it.
  while (j < text.length && text.charCodeAt(j) >= 0x0e48 && text.charCodeAt(j) <= 0x0e4c) j++;
  return j;
}
