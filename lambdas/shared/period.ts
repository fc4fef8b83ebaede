/**
 * A period of publication days, as users write it: `from` and `to`, each a month (YYYY-MM) or a day
 * (YYYY-MM-DD), both inclusive; a month as `from` starts on its first day, as `to` ends on its last. The API,
 * the export and the CLIs read periods with these schemas, so `2024-02-30` or `from` after `to` is the same
 * 400 (or usage error) everywhere. Pure.
 */
import { z } from 'zod';

const BOUND = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** A month or a day that exists (2024-02-29 yes, 2023-02-29 no). */
export const PeriodBoundSchema = z
  .string()
  .regex(BOUND, 'YYYY-MM or YYYY-MM-DD')
  .refine((value) => parseBound(value) !== undefined, 'not a real month or day')
  .describe('A month (YYYY-MM) or a day (YYYY-MM-DD) of publication, inclusive');

/** The `from`/`to` fields to spread into a query schema; check them together with periodIssue. */
export const PeriodFieldsSchema = z.object({
  from: PeriodBoundSchema.optional().describe('First month or day of publication (inclusive)'),
  to: PeriodBoundSchema.optional().describe('Last month or day of publication (inclusive)'),
});
export type PeriodFields = z.infer<typeof PeriodFieldsSchema>;

/** Resolved to days (YYYY-MM-DD, inclusive); undefined ends are open. */
export interface Period {
  readonly fromDay?: string;
  readonly toDay?: string;
}

interface Bound {
  readonly year: number;
  readonly month: number;
  readonly day: number | undefined;
}

function parseBound(value: string): Bound | undefined {
  const m = BOUND.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (month < 1 || month > 12) return undefined;
  if (day !== undefined && (day < 1 || day > daysIn(year, month))) return undefined;
  return { year, month, day };
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const monthOf = (b: Bound) => `${pad(b.year, 4)}-${pad(b.month)}`;

/** The period as days, or why it is not one (to before from). Bounds are assumed schema-valid. */
export function periodOf(
  fields: PeriodFields,
): { ok: true; period: Period } | { ok: false; message: string } {
  const from = fields.from === undefined ? undefined : parseBound(fields.from);
  const to = fields.to === undefined ? undefined : parseBound(fields.to);
  const period: Period = {
    ...(from ? { fromDay: `${monthOf(from)}-${pad(from.day ?? 1)}` } : {}),
    ...(to ? { toDay: `${monthOf(to)}-${pad(to.day ?? daysIn(to.year, to.month))}` } : {}),
  };
  if (period.fromDay && period.toDay && period.fromDay > period.toDay) {
    return { ok: false, message: `from (${fields.from}) is after to (${fields.to})` };
  }
  return { ok: true, period };
}

/** Whether a publication day lies in the period (an undated record lies only in an open period). */
export function inPeriod(published: string | undefined, period: Period): boolean {
  if (period.fromDay === undefined && period.toDay === undefined) return true;
  if (published === undefined) return false;
  return (
    (period.fromDay === undefined || published >= period.fromDay) &&
    (period.toDay === undefined || published <= period.toDay)
  );
}

/**
 * The months a period covers, for aggregates kept by month: a day bound must be a month's first day (from)
 * or last day (to), else a month's figures would be counted in part, which monthly counters cannot do.
 */
export function monthsOf(
  period: Period,
): { ok: true; from?: string; to?: string } | { ok: false; message: string } {
  const { fromDay, toDay } = period;
  if (fromDay && !fromDay.endsWith('-01')) {
    return {
      ok: false,
      message: `metrics are kept by month: from ${fromDay} must be a month (YYYY-MM) or its first day`,
    };
  }
  if (toDay) {
    const b = parseBound(toDay)!;
    if (b.day !== daysIn(b.year, b.month)) {
      return {
        ok: false,
        message: `metrics are kept by month: to ${toDay} must be a month (YYYY-MM) or its last day`,
      };
    }
  }
  return {
    ok: true,
    ...(fromDay ? { from: fromDay.slice(0, 7) } : {}),
    ...(toDay ? { to: toDay.slice(0, 7) } : {}),
  };
}
