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
    multipliersAfter: Record<string, number>;
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
  addMultiplied(lex.numberWords, forms, add);
  // The lexicon's own entries win over a made form that happens to be spelled alike.
  return {
    ...lex,
    numberWords: { ...numberWords, ...lex.numberWords },
    personNumbers: [...new Set([...lex.personNumbers, ...persons])],
  };
}

/**
 * Hundreds and thousands written as one word with their multiplier and the rest (hu "hatszáz" 600,
 * "hatszázötven" 650, "kétezer" 2000): each uninflected unit word (2-9) glued before a multiplier, then each
 * uninflected number below the multiplier glued after it. Only the lexicon's own words and the tens glued to
 * them make the rest, so the forms stay a few thousand.
 */
function addMultiplied(
  words: Record<string, number>,
  forms: WithNumberForms['numberForms'],
  add: (word: string, value: number, person: boolean) => void,
): void {
  const multipliers = Object.entries(forms.multipliersAfter);
  if (multipliers.length === 0) return;
  const plain = Object.entries(words).filter(([, v]) => v < 100);
  const rests = [...plain];
  for (const [word, value] of plain) {
    if (value >= 10) continue;
    for (const [tens, add10] of Object.entries(forms.tensBefore)) rests.push([tens + word, add10 + value]);
  }
  for (const [multiplier, times] of multipliers) {
    const heads: [string, number][] = [[multiplier, times]];
    for (const [word, value] of plain)
      if (value >= 2 && value <= 9) heads.push([word + multiplier, value * times]);
    for (const [head, value] of heads) {
      // The multiplier alone is the lexicon's word or scale already ("száz", "ezer").
      if (head !== multiplier) add(head, value, false);
      for (const [rest, more] of rests) if (more < times) add(head + rest, value + more, false);
    }
  }
}
