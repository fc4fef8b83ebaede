/**
 * Russian and Ukrainian decline a noun whose stem ends soft (a soft sign or й) by replacing that letter:
 * "председатель" → "председателя", "председателю", "председателем"; the Vietnamese name syllables "Тхань" and
 * "Хай" → "Тханя", "Хаю", "Хаем". The endings the lexicons list (inflectionSuffixes: "а", "у", "ом") are
 * appended to a hard stem and cannot reach those forms.
 */

/** The case endings that replace a soft sign or й (genitive, dative, instrumental, prepositional). */
const SOFT_ENDINGS = ['я', 'ю', 'ем', 'ём', 'е', 'и'] as const;

/**
 * The declined forms of a lexicon word ending soft ("руководитель" → "руководителя", "руководителю"...),
 * the word itself first; any other word alone.
 */
export function softStemForms(word: string): string[] {
  const last = word.charAt(word.length - 1);
  if (last !== 'ь' && last !== 'й') return [word];
  const stem = word.slice(0, -1);
  return [word, ...SOFT_ENDINGS.map((e) => stem + e)];
}

/**
 * A name word in an oblique case of a soft stem, back in the nominative: after a consonant the ending stood
 * for a soft sign ("Тханя" → "Тхань", "Миню" → "Минь"), after a vowel other than и for й ("Хая" → "Хай",
 * "Туем" → "Туй"). Null for any other word. Only the endings a name takes after a title or an office
 * (genitive "я", dative "ю", instrumental "ем") are read: a final "е" or "и" is too often the nominative's
 * own vowel ("Ле", "Тхи").
 */
export function softStemNominative(word: string): string | null {
  // Every ending read ends in я, ю or м: any other word (most, in every script) is not run through the regex,
  // whose lazy stem tries each split of the word in turn.
  const last = word.charCodeAt(word.length - 1);
  if (last !== 0x44f && last !== 0x44e && last !== 0x43c) return null;
  const m = /^(\p{L}+?)(я|ю|ем)$/u.exec(word);
  if (m === null) return null;
  const stem = m[1]!;
  const before = stem.charAt(stem.length - 1).toLowerCase();
  if (before === 'н' || before === 'т') return `${stem}ь`;
  if ('аоуыэе'.includes(before)) return `${stem}й`;
  return null;
}
