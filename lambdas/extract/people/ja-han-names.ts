/**
 * Japanese copies sometimes write a Vietnamese official's name in Han characters, as Chinese does, with the
 * Japanese rank after it: "省警察局長の阮文海大佐によると", "公安省副大臣の黎国雄中将が". Kanji are the ordinary
 * words of Japanese, so only the strictest shape is read: a rank right after two to four name characters
 * that open with a Vietnamese family name in Han script, with no Han character before them (a particle,
 * punctuation or the start), as "の" joins the office to the name.
 */
import type { Mention } from './judge.js';
import { isPrivateKatakanaName } from './katakana-private.js';
import { isHanNameCharacter } from './romanize.js';
import type { ScriptNameCues } from './scripts.js';

const HAN = /^\p{Script=Han}$/u;

function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN.test(ch);
}

/**
 * Officials named in Han characters before a rank, in a Japanese text. `hanFamilies`: the Vietnamese family
 * names in Han script (the Chinese lexicon's); `cues`: the Japanese ranks, middle-name and private cues.
 */
export function japaneseHanNames(
  text: string,
  cues: ScriptNameCues,
  hanFamilies: ReadonlySet<string>,
): Mention[] {
  const out: Mention[] = [];
  for (const title of cues.titles) {
    if (title.rank === null) continue;
    for (let p = text.indexOf(title.form); p >= 0; p = text.indexOf(title.form, p + 1)) {
      for (const length of [4, 3, 2]) {
        const start = p - length;
        if (start < 0 || isHan(text[start - 1]) || !hanFamilies.has(text[start]!)) continue;
        let name = true;
        for (let k = start + 1; k < p; k++)
          if (!isHan(text[k]) || !isHanNameCharacter(text[k]!)) name = false;
        if (!name) continue;
        const found = text.slice(start, p);
        if (isPrivateKatakanaName(text, start, p + title.form.length, cues.hanPrivate))
          out.push({ name: found, rank: null, role: null, private: true });
        else out.push({ name: found, rank: title.rank, role: null });
        break;
      }
    }
  }
  return out;
}
