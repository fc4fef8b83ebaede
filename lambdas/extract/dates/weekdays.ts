/**
 * Weekday names per language from the platform's CLDR data (Intl.DateTimeFormat), folded as the engine folds
 * text: a day and a month right after a weekday ("el sábado (19/07)", "samedi 19/7", "thứ Bảy (19/7)") are a
 * date, as they are after "ngày". Only the long forms: the short ones ("mar", "dom", "sab") are words.
 */
import { fold } from '../text/fold.js';

const cache = new Map<string, readonly string[]>();

/** Folded long weekday names of a BCP 47 language tag; empty when the platform has none. */
export function weekdayNames(language: string): readonly string[] {
  const hit = cache.get(language);
  if (hit) return hit;
  const names: string[] = [];
  if (Intl.DateTimeFormat.supportedLocalesOf([language]).length > 0) {
    const format = new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' });
    // 1–7 January 2024 run from Monday to Sunday.
    for (let day = 1; day <= 7; day++) {
      const name = fold(format.format(new Date(Date.UTC(2024, 0, day))).trim());
      if (name.length >= 3 && !/\d/.test(name) && !names.includes(name)) names.push(name);
    }
  }
  cache.set(language, names);
  return names;
}
