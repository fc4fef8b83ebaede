/**
 * Number words of agglutinative languages (lexicon `numberForms`): Finnish and Hungarian inflect a spelled
 * number in every case ("neljässä maakunnassa", in four provinces; "három faluból", from three villages) and
 * Hungarian makes a personal numeral of it ("hárman meghaltak", three of them died). The lexicon gives the
 * oblique stems and the endings once; the forms are made here, so no list of forms has to be kept, and the
 * teens and tens written as one word with their units ("tizenhárman", 13 of them; "kolmessatoista", in 13)
 * come from the same stems.
 */
/** The parts of a figures lexicon this reads (lexicon.ts FiguresLexicon, not imported: it imports this). */
interface WithNumberForms {
  numberWords: Record<string, number>;
  personNumbers: string[];
  numberForms: {
    stems: Record<string, number>;
    endings: string[];
    personEndings: string[];
    tensBefore: Record<string, number>;
    tensAfter: Record<string, number>;
  };
}

/** The lexicon with every inflected number word added to numberWords (and personal ones to personNumbers). */
export function withNumberForms<L extends WithNumberForms>(lex: L): L {
  const forms = lex.numberForms;
  if (Object.keys(forms.stems).length === 0) return lex;
  const numberWords: Record<string, number> = {};
  const persons: string[] = [];
  const add = (word: string, value: number, person: boolean) => {
    numberWords[word] ??= value;
    if (person) persons.push(word);
  };
  // Units first: the forms a tens word may be glued to.
  const units: [string, number, boolean][] = Object.entries(lex.numberWords).map(([w, v]) => [w, v, false]);
  for (const [stem, value] of Object.entries(forms.stems)) {
    for (const ending of forms.endings) units.push([stem + ending, value, false]);
    for (const ending of forms.personEndings) units.push([stem + ending, value, true]);
  }
  for (const [word, value, person] of units) {
    add(word, value, person);
    if (value >= 10) continue;
    // "tizen|hárman" (hu, 10 + 3): the tens before a unit; "kolmessa|toista" (fi, 3 + 10): after it.
    for (const [tens, add10] of Object.entries(forms.tensBefore)) add(tens + word, add10 + value, person);
    for (const [tens, add10] of Object.entries(forms.tensAfter)) add(word + tens, add10 + value, person);
  }
  // The lexicon's own entries win over a made form that happens to be spelled alike.
  return {
    ...lex,
    numberWords: { ...numberWords, ...lex.numberWords },
    personNumbers: [...new Set([...lex.personNumbers, ...persons])],
  };
}
