import { describe, expect, it } from 'vitest';
import { add, fromNumber, negate, parse, toString } from '../../lambdas/shared/decimal.js';

describe('Function: decimal arithmetic', () => {
  it.each([
    ['0.1', '0.2', '0.3'],
    ['94.72', '-94.72', '0'],
    ['1e+21', '1', '1000000000000000000001'],
    ['-3.5', '1.25', '-2.25'],
    ['1e-7', '0', '0.0000001'],
  ])('%s + %s = %s exactly', (a, b, expected) => {
    // Act
    const sum = add(parse(a), parse(b));

    // Assess
    expect(toString(sum)).toBe(expected);
  });

  it('undoes a float sum exactly where binary floats leave a residue', () => {
    // Prepare
    const values = [94.72, 0.1, 0.2, 3.156];

    // Act
    const total = values.map(fromNumber).reduce(add);
    const back = values.map((v) => negate(fromNumber(v))).reduce(add, total);

    // Assess
    expect(values.reduce((a, b) => a + b) - 94.72 - 0.1 - 0.2 - 3.156).not.toBe(0);
    expect(toString(total)).toBe('98.176');
    expect(toString(back)).toBe('0');
  });

  it.each(['abc', '1.2.3', ''])('rejects %j', (text) => {
    // Act / Assess
    expect(() => parse(text)).toThrow(RangeError);
  });
});
