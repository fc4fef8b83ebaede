/**
 * Exact decimal arithmetic for metric sums. Figures carry values such as 94.72; adding and subtracting them
 * as binary floats leaves residues (a removed article would leave 1e-14 behind). DynamoDB numbers are exact
 * decimals (38 significant digits), so deltas are computed here as decimals and sent as strings.
 */
export interface Decimal {
  /** value = units × 10^-scale */
  readonly units: bigint;
  readonly scale: number;
}

export const ZERO: Decimal = { units: 0n, scale: 0 };

/** Parses a finite JS number through its shortest round-trip string (what a reader of the JSON sees). */
export function fromNumber(n: number): Decimal {
  if (!Number.isFinite(n)) throw new RangeError(`not a finite number: ${n}`);
  return parse(String(n));
}

export function parse(text: string): Decimal {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i.exec(text.trim());
  if (!m) throw new RangeError(`not a decimal: ${text}`);
  const [, sign, int, frac = '', exp = '0'] = m;
  let units = BigInt(`${int}${frac}`);
  let scale = frac.length - Number(exp);
  if (scale < 0) {
    units *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return normalize({ units: sign === '-' ? -units : units, scale });
}

export function add(a: Decimal, b: Decimal): Decimal {
  const scale = Math.max(a.scale, b.scale);
  return normalize({ units: align(a, scale) + align(b, scale), scale });
}

export function negate(a: Decimal): Decimal {
  return { units: -a.units, scale: a.scale };
}

export function isZero(a: Decimal): boolean {
  return a.units === 0n;
}

export function toString(a: Decimal): string {
  const negative = a.units < 0n;
  const digits = (negative ? -a.units : a.units).toString().padStart(a.scale + 1, '0');
  const int = digits.slice(0, digits.length - a.scale);
  const frac = digits.slice(digits.length - a.scale);
  return `${negative ? '-' : ''}${int}${frac ? `.${frac}` : ''}`;
}

function align(a: Decimal, scale: number): bigint {
  return a.units * 10n ** BigInt(scale - a.scale);
}

function normalize(a: Decimal): Decimal {
  let { units, scale } = a;
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale--;
  }
  return { units, scale };
}
