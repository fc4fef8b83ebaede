/**
 * The province an article written after the 2025 reorganisation is about is a unit of the 34 (Resolution
 * 202/2025/QH15, in force 2025-07-01): the police of Tuy Hòa in a November 2025 report are Đắk Lắk's, which
 * Phú Yên joined. An earlier article keeps the unit of its day.
 */
import type { ProvinceRef, TextDate } from '../../shared/article.js';

/** The month the 34 units came into force, as year * 12 + month. */
const REFORM = 2025 * 12 + 7;

/**
 * A date written in figures with its year ("10/11/2025", "10.11.2025"), glued to a word or not (a byline's
 * "Báo Đắk Lắk10/11/2025"): day, month, year.
 */
const NUMERIC_DATE = /(?<!\d)(\d{1,2})[./-](\d{1,2})[./-](20\d\d)(?!\d)/g;

/**
 * True when the text dates itself on or after the reform: its first date, when that has its year, or else the
 * latest date it writes in figures (a byline's "10/11/2025"), or else whether it glosses a unit by its former
 * one ("(formerly Cu Nam commune)", formerly.ts), when asked.
 */
export function afterReform(body: string, date: TextDate | null, glossed?: () => boolean): boolean {
  if (date?.year != null) return date.year * 12 + date.month >= REFORM;
  let latest = 0;
  for (const m of body.matchAll(NUMERIC_DATE)) {
    const month = Number(m[2]);
    if (month < 1 || month > 12 || Number(m[1]) > 31) continue;
    latest = Math.max(latest, Number(m[3]) * 12 + month);
  }
  if (latest > 0) return latest >= REFORM;
  return glossed?.() ?? false;
}

/** The province as the article's own date knows it: its successor after the reform, itself before. */
export function provinceOfItsDay(
  ref: ProvinceRef | null,
  body: string,
  date: TextDate | null,
  glossed?: () => boolean,
): ProvinceRef | null {
  if (ref === null || ref.successor.slug === ref.slug || !afterReform(body, date, glossed)) return ref;
  return { name: ref.successor.name, slug: ref.successor.slug, successor: ref.successor };
}
