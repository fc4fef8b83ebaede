/**
 * Language of a text as ISO 639-1, with franc-min's trigram profiles restricted to the Latin-script
 * languages an article in this pipeline can plausibly be in. Never 'und': short or odd texts get a best
 * guess from Vietnamese letters, then English.
 *
 * The trigram distance is computed here, once per article, against profiles indexed at load time
 * (trigram.ts); it gives exactly franc's answer for Latin-script text. Text whose dominant script is not
 * clearly Latin goes to franc itself, which then decides the script as it always has.
 */
import { franc } from 'franc-min';
import { closestProfile, FRANC_MAX_LENGTH, isClearlyLatin } from './trigram.js';

/** franc's ISO 639-3 codes → ISO 639-1. The first ten are the supported languages (LANGUAGES). */
export const ISO639_3_TO_1: Readonly<Record<string, string>> = {
  fra: 'fr',
  pol: 'pl',
  eng: 'en',
  deu: 'de',
  spa: 'es',
  ita: 'it',
  ces: 'cs',
  por: 'pt',
  nld: 'nl',
  vie: 'vi',
  // Other Latin-script European languages: reported as themselves rather than forced into a neighbour.
  ron: 'ro',
  hun: 'hu',
  swe: 'sv',
  hrv: 'hr',
  tur: 'tr',
  ind: 'id',
};

const CANDIDATES = Object.keys(ISO639_3_TO_1);
// The fallback looks this far for Vietnamese letters; franc itself reads at most FRANC_MAX_LENGTH.
const SAMPLE_CHARS = 6000;
// franc answers 'und' below this length.
const MIN_LENGTH = 3;
// Letters only Vietnamese uses among the candidates (ơ ư đ and the tone-marked vowels).
const VIETNAMESE = /[ơưđăạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;

export function detectLanguage(text: string): string {
  const code = guess(text);
  const mapped = code === undefined ? undefined : ISO639_3_TO_1[code];
  if (mapped) return mapped;
  return VIETNAMESE.test(text.slice(0, SAMPLE_CHARS)) ? 'vi' : 'en';
}

function guess(text: string): string | undefined {
  if (text.length < MIN_LENGTH) return undefined;
  const sample = text.slice(0, FRANC_MAX_LENGTH);
  if (isClearlyLatin(sample)) return closestProfile(sample, CANDIDATES);
  return franc(sample, { only: CANDIDATES, minLength: MIN_LENGTH });
}
