/**
 * Language of a text as ISO 639-1, with franc-min (trigram profiles) restricted to the Latin-script
 * languages an article in this pipeline can plausibly be in. Never 'und': short or odd texts get a best
 * guess from Vietnamese letters, then English.
 */
import { franc } from 'franc-min';

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
// Trigram statistics settle well before this; the cap bounds the cost on long articles.
const SAMPLE_CHARS = 6000;
// Letters only Vietnamese uses among the candidates (ơ ư đ and the tone-marked vowels).
const VIETNAMESE = /[ơưđăạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;

export function detectLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE_CHARS);
  const code = franc(sample, { only: CANDIDATES, minLength: 3 });
  const mapped = ISO639_3_TO_1[code];
  if (mapped) return mapped;
  return VIETNAMESE.test(sample) ? 'vi' : 'en';
}
