/**
 * Weekday names per language from the platform's CLDR data (Intl.DateTimeFormat), folded as the engine folds
 * text: a day and a month right after a weekday ("el sábado (19/07)", "samedi 19/7", "thứ Bảy (19/7)") are a
 * date, as they are after "ngày". Only the long forms: the short ones ("mar", "dom", "sab") are words.
 */
import { fold } from '../text/fold.js';
import { weekdayNames as writtenWeekdayNames } from '../text/locale.js';

const cache = new Map<string, readonly string[]>();

/** Folded long weekday names of a BCP 47 language tag; empty when the platform has none. */
export function weekdayNames(language: string): readonly string[] {
  const hit = cache.get(language);
  if (hit) return hit;
  const names: string[] = [];
  // An unsupported tag would fall back to the default locale's names, which are not this language's words.
  if (Intl.DateTimeFormat.supportedLocalesOf([language]).length > 0) {
    for (const written of writtenWeekdayNames(language)) {
      const name = fold(written.trim());
      if (name.length >= 3 && !/\d/.test(name) && !names.includes(name)) names.push(name);
    }
  }
  cache.set(language, names);
  return names;
}
