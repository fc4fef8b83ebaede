/**
 * Language of a text as ISO 639-1, with franc's full profiles (franc 6: the 187 languages of a million
 * speakers or more, every script it knows). The script is decided first (script.ts): a script that one
 * language writes (Hangul, Thai, kana, Han...) names it; in a script several languages share (Latin,
 * Cyrillic, Arabic...) franc's trigram distance picks among the profiles that have an ISO 639-1 code (the
 * record's code; the others could not be reported anyway). Never 'und': short or odd texts get a best
 * guess from Vietnamese letters, then English.
 *
 * The trigram distance is computed here, once per article, against profiles indexed at load time
 * (trigram.ts); it gives exactly franc's answer among the same candidates.
 */
import { iso6393To1 } from 'iso-639-3/iso6393-to-1.js';
import { FRANC_MAX_LENGTH, profileCodes, profiledScripts, rankProfiles } from './trigram.js';
import { refineCyrillic } from './alphabet.js';
import { refineJat } from './jat.js';
import { refineLatin } from './latin.js';
import { refineClose } from './markers.js';
import { topScript } from './script.js';

/**
 * ISO 639-3 code of franc → ISO 639-1: the standard's own two-letter code where it has one (iso-639-3),
 * else the macrolanguage's code as the runtime's locale data canonicalizes it ("cmn" → "zh", "arb" → "ar",
 * "swh" → "sw"). CLDR has no alias for franc's Malay ("zlm", a member of the macrolanguage msa), the one
 * entry added by hand.
 */
const MACRO_GAPS: Readonly<Record<string, string>> = { zlm: 'ms' };

/**
 * Written standards reported as their macrolanguage. franc's Bokmål and Nynorsk profiles are close enough
 * that a news paragraph in Bokmål often ranks Nynorsk first; a code the detector cannot back is worse than
 * the macrolanguage ("no"), which is what a reader and a library catalogue call the language.
 */
const MACRO_FOLDS: Readonly<Record<string, string>> = { nob: 'no', nno: 'no' };

export function toIso6391(code: string): string | undefined {
  const direct = MACRO_FOLDS[code] ?? iso6393To1[code] ?? MACRO_GAPS[code];
  if (direct) return direct;
  try {
    const canonical = Intl.getCanonicalLocales(code)[0];
    return canonical && /^[a-z]{2}$/.test(canonical) ? canonical : undefined;
  } catch {
    return undefined;
  }
}

/** Per profiled script, the languages it can report (those with an ISO 639-1 code), in franc's order. */
const CANDIDATES: ReadonlyMap<string, readonly string[]> = new Map(
  profiledScripts().map((script) => [
    script,
    profileCodes(script).filter((code) => toIso6391(code) !== undefined),
  ]),
);

/** The languages (ISO 639-3) detectLanguage chooses among in a profiled script. */
export function candidatesFor(script: string): readonly string[] {
  return CANDIDATES.get(script) ?? [];
}

/**
 * The first sample (the script and a first trigram ranking read this far), and the lead of the best
 * profile over the runner-up (franc's normalised scores) that makes it final: below it, franc's full
 * 2,048 characters decide. On a thousand characters of news the best profile leads by 1–4% in most texts
 * and by well under 1% between Portuguese and Galician or Indonesian and Malay.
 */
const FIRST_SAMPLE = 1024;
const CLEAR_MARGIN = 0.008;

// The fallback looks this far for Vietnamese letters.
const SAMPLE_CHARS = 6000;
// franc answers 'und' below this length (its default minLength): a few letters say nothing.
const MIN_LENGTH = 10;
// Letters only Vietnamese writes (ơ ư đ and the tone-marked vowels).
const VIETNAMESE = /[ơưđăạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;

export function detectLanguage(text: string): string {
  const code = guess(text);
  const mapped = code === undefined ? undefined : toIso6391(code);
  if (mapped) return mapped;
  return VIETNAMESE.test(text.slice(0, SAMPLE_CHARS)) ? 'vi' : 'en';
}

/** franc's answer (ISO 639-3) for the first FRANC_MAX_LENGTH characters, or undefined. */
export function guess(text: string): string | undefined {
  if (text.trim().length < MIN_LENGTH) return undefined;
  const head = text.slice(0, FIRST_SAMPLE);
  const script = topScript(head);
  if (script === undefined) return undefined;
  const candidates = CANDIDATES.get(script);
  // A script franc has no profiles for is one language's own: its key is that language.
  if (candidates === undefined) return script;
  // Most texts are decided by their first thousand characters; close calls read as far as franc does.
  let ranking = rankProfiles(head, candidates, script);
  if (ranking && ranking.margin < CLEAR_MARGIN && text.length > FIRST_SAMPLE)
    ranking = rankProfiles(text.slice(0, FRANC_MAX_LENGTH), candidates, script);
  if (ranking === undefined) return undefined;
  const sample = text.slice(0, SAMPLE_CHARS);
  const letters =
    script === 'Cyrillic'
      ? refineCyrillic(ranking.best, sample)
      : script === 'Latin'
        ? refineLatin(ranking.best, sample)
        : ranking.best;
  return refineJat(refineClose(letters, sample), sample);
}
