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

/**
 * What joins two names of a list (index.ts): the conjunctions above, and Polish (Croatian, Slovene) "i"
 * ("pułkownicy A i B"), which is no conjunction before a rank, where it is as often Italian's plural article
 * ("arrestati i colonnelli"); Ukrainian "і" is read as Russian "и" (index.ts loweredForRanks). So Czech and
 * Slovak "a" ("podplukovníci A a B"): before a rank it is as often the Romance preposition, but between two
 * names after a plural rank or before a plural office it can only join them.
 */
export const LIST_CONJUNCTIONS: readonly string[] = [...NAME_CONJUNCTIONS, 'i', 'a'];
