/**
 * The conjunctions that join two persons' names ("X and Y", "X et Y", "X và Y"), in the languages whose
 * people lexicons write plural ranks or list a conjunction among their articles. Romanian "și" is also
 * written with a cedilla or without its mark by machine translations.
 */
export const NAME_CONJUNCTIONS: readonly string[] = [
  'and',
  'et',
  'y',
  'e',
  'und',
  'en',
  'și',
  'şi',
  'si',
  'và',
  'dan',
  'и',
];
