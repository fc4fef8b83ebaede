/**
 * Second opinion in Cyrillic by the letters each standard writes. franc's trigrams read a short Russian
 * paragraph full of Vietnamese names as Bulgarian, Ukrainian or Bosnian; the alphabets settle it: ы and э
 * are Russian among these (Ukrainian, Bulgarian, Serbian and Macedonian never write them), ї, є, ґ and і
 * are Ukrainian. A Russian sentence without ы or э still declines: the genitive adjective in -ого/-его
 * (three letters at least before it, so Bulgarian много and него stay out) and the reflexive verb in
 * -ться/-тся, which Bulgarian, without cases or a reflexive suffix, never writes; Ukrainian shares them, but
 * a Ukrainian paragraph always writes і. Any letter of another Cyrillic standard (Belarusian ў, Serbian and Macedonian ј љ њ ћ ђ џ
 * ѓ ќ ѕ, the Turkic, Mongolian and Tajik letters) leaves franc's answer alone, as does a text with both
 * sets.
 */

const RUSSIAN = /[ыэ]|\p{L}{3,}[ое]го(?!\p{L})|\p{L}ть?ся(?!\p{L})/iu;
const UKRAINIAN = /[іїєґ]/iu;
const OTHERS = /[ўјљњћђџѓќѕәғқңөұүһӣӯҳҷ]/iu;

/**
 * Serbian and Macedonian write ј, љ, њ, џ alike; ћ and ђ only Serbian, ѓ, ќ and ѕ only Macedonian. Bosnian's
 * standard is written in Latin letters: a Cyrillic text franc reads as Bosnian is Serbian.
 */
const SERBIAN = /[ћђ]/iu;
const MACEDONIAN = /[ѓќѕ]/iu;

/** `code` (franc's ISO 639-3 answer for a Cyrillic text), or the standard its letters name. */
export function refineCyrillic(code: string, text: string): string {
  const serbian = SERBIAN.test(text);
  const macedonian = MACEDONIAN.test(text);
  if (serbian !== macedonian) return serbian ? 'srp' : 'mkd';
  // Franc's Bosnian in Cyrillic stands for Serbian, unless Russian or Ukrainian letters settle it below.
  const standard = code === 'bos' ? 'srp' : code;
  if (OTHERS.test(text)) return standard;
  // Only whether a letter of each stands in the text counts: the first one found is enough.
  const russian = RUSSIAN.test(text);
  const ukrainian = UKRAINIAN.test(text);
  if (russian && !ukrainian) return 'rus';
  if (ukrainian && !russian) return 'ukr';
  return standard;
}
