import { describe, expect, it } from 'vitest';
import { inPeriod, monthsOf, PeriodFieldsSchema, periodOf } from '../../lambdas/shared/period.js';

describe('Function: periodOf', () => {
  it('reads months as their first and last day, days as written', () => {
    expect(periodOf({ from: '2024-01', to: '2024-02' })).toEqual({
      ok: true,
      period: { fromDay: '2024-01-01', toDay: '2024-02-29' },
    });
    expect(periodOf({ from: '2023-02-03', to: '2023-02' })).toEqual({
      ok: true,
      period: { fromDay: '2023-02-03', toDay: '2023-02-28' },
    });
    expect(periodOf({})).toEqual({ ok: true, period: {} });
  });

  it('refuses to before from', () => {
    expect(periodOf({ from: '2024-03', to: '2024-02-29' })).toMatchObject({ ok: false });
  });

  it.each(['2024-13', '2023-02-29', '2024-00', '24-01', '2024-1', 'june', '2024-01-01T00:00'])(
    'refuses the bound %j',
    (bound) => {
      expect(PeriodFieldsSchema.safeParse({ from: bound }).success).toBe(false);
    },
  );
});

describe('Function: inPeriod', () => {
  it('keeps days inside the bounds, inclusive; an undated record only in an open period', () => {
    const period = { fromDay: '2024-01-01', toDay: '2024-01-31' };
    expect(['2023-12-31', '2024-01-01', '2024-01-31', '2024-02-01'].map((d) => inPeriod(d, period))).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(inPeriod(undefined, period)).toBe(false);
    expect(inPeriod(undefined, {})).toBe(true);
  });
});

describe('Function: monthsOf', () => {
  it('maps whole months to months, and refuses a day inside a month', () => {
    expect(monthsOf({ fromDay: '2024-01-01', toDay: '2024-06-30' })).toEqual({
      ok: true,
      from: '2024-01',
      to: '2024-06',
    });
    expect(monthsOf({})).toEqual({ ok: true });
    expect(monthsOf({ fromDay: '2024-01-02' })).toMatchObject({ ok: false });
    expect(monthsOf({ toDay: '2024-02-28' })).toMatchObject({ ok: false });
  });
});
