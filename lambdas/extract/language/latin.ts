/**
 * Second opinion in Latin script by letters one standard alone writes, for languages franc's trigrams
 * confuse or do not know.
 *
 * Icelandic and Faroese have no profile among franc's (a million speakers or more): franc reads them as
 * Nynorsk, Danish or Bokmål, whose words they share. Their letters settle it: þ is Icelandic's alone, ð is
 * written by Icelandic and Faroese and by no other Nordic standard; Faroese writes ø where Icelandic writes ö.
 * Only lower-case words count: a Danish or English paragraph may name an Icelander ("Guðrún
 * Sigurðardóttir"), but only these languages write ð and þ in common words (að, með, það, við, þeir), about
 * one word in ten of theirs; one in WORDS_PER_LETTER words at least is asked.
 *
 * Latvian and Lithuanian, franc's closest Baltic pair (a news paragraph in Latvian often ranks Lithuanian
 * first by a hair), write different marks: Latvian the long vowels ā ē ī and the softened ķ ļ ņ ģ, Lithuanian
 * the nasal vowels ą ę į ų and ė (ū, č, š, ž are both's). The side whose own letters occur more often wins.
 */

const WORDS_PER_LETTER = 40;
const WORD = /\p{L}+/gu;

function count(text: string, letters: RegExp): number {
  return text.match(letters)?.length ?? 0;
}

/** 'isl', 'fao' or undefined: a Nordic text written in the letters of Iceland or the Faroes. */
function westNordic(text: string): string | undefined {
  if (!/[ðþ]/iu.test(text)) return undefined;
  const words = text.match(WORD) ?? [];
  const common = words.filter((w) => /^\p{Ll}/u.test(w) && /[ðþ]/u.test(w));
  if (common.length === 0 || common.length * WORDS_PER_LETTER < words.length) return undefined;
  if (common.some((w) => w.includes('þ'))) return 'isl';
  // ð without þ: Faroese when it writes ø and not Icelandic's ö.
  return count(text, /ø/giu) > count(text, /ö/giu) ? 'fao' : 'isl';
}

const LATVIAN = /[āēīķļņģ]/giu;
const LITHUANIAN = /[ąęėįų]/giu;

/** `code` (franc's ISO 639-3 answer for a Latin text), or the standard its letters name. */
export function refineLatin(code: string, text: string): string {
  const nordic = westNordic(text);
  if (nordic) return nordic;
  if (code === 'lit' || code === 'lvs') {
    const latvian = count(text, LATVIAN);
    const lithuanian = count(text, LITHUANIAN);
    if (latvian !== lithuanian) return latvian > lithuanian ? 'lvs' : 'lit';
  }
  return code;
}
