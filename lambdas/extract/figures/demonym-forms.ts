/**
 * Nationality nouns made from the language's own country names (Intl.DisplayNames, type region) by the
 * affixes its grammar derives them with: Persian and Urdu add -ی (ویتنام → ویتنامی, چین → چینی), Hindi -ी
 * (जापान → जापानी), Hebrew -י / -ים after the letter's medial form (יפן → יפנים, סין → סינים). A lexicon
 * lists only its irregular demonyms; the affixes reach every country the runtime names, so "3 ویتنامی" and
 * "5 קמבודים" count persons as "3 Vietnamese" does.
 */

/** The part of a figures lexicon this reads and extends (structural, so that lexicon.ts imports this alone). */
interface WithDemonyms {
  readonly demonyms: readonly string[];
  readonly demonymAffixes: { readonly suffixes: readonly string[]; readonly dropEnd: readonly string[] };
}

/** A region name this short would make words of other meanings (he "פרו" + suffix); none is a news country. */
const MIN_NAME = 3;

/** ISO 3166 region codes: every pair of capitals the runtime names (it returns the code itself for the rest). */
function regionNames(language: string): string[] {
  if (Intl.DisplayNames.supportedLocalesOf([language]).length === 0) return [];
  const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
  const out = new Set<string>();
  for (let a = 65; a <= 90; a++)
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = names.of(code);
      // One word only: "کرهٔ جنوبی", "Korea Kusini" take their demonym from the head word, not its end.
      if (name !== undefined && name !== code && /^[\p{L}\p{M}]+$/u.test(name) && name.length >= MIN_NAME)
        out.add(name);
    }
  return [...out];
}

/** Hebrew writes five letters in a final form at a word's end; before a suffix they take the medial one. */
const MEDIAL: Readonly<Record<string, string>> = { ם: 'מ', ן: 'נ', ך: 'כ', ף: 'פ', ץ: 'צ' };

function medial(stem: string): string {
  const last = stem.slice(-1);
  return MEDIAL[last] === undefined ? stem : stem.slice(0, -1) + MEDIAL[last];
}

/** The stems a name gives: whole, and without a letter the affix replaces (he "קמבודיה" → "קמבודי"). */
function stems(name: string, dropEnd: readonly string[]): string[] {
  const out = [name];
  for (const end of dropEnd)
    if (name.endsWith(end) && name.length > end.length + 2) out.push(name.slice(0, -end.length));
  return out.map(medial);
}

/** The lexicon's demonyms with the forms its `demonymAffixes` make of every country name. */
export function withDemonymForms<L extends WithDemonyms>(lex: L, language: string): L {
  const { suffixes, dropEnd } = lex.demonymAffixes;
  if (suffixes.length === 0) return lex;
  const formed = regionNames(language).flatMap((name) =>
    stems(name, dropEnd).flatMap((stem) => suffixes.map((suffix) => stem + suffix)),
  );
  return { ...lex, demonyms: [...lex.demonyms, ...formed] };
}
