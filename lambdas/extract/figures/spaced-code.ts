/**
 * "TG - 18666", "DN - 1019": a registration code of a boat or barge (two or three capitals, a province's letters)
 * written with a spaced dash before its serial. Run together ("TG-18666") the serial is an identifier's tail
 * already (read.ts); translations that space the dash ("바지선 TG - 18666", "barge TG - 18666") left it a count.
 * A range has numbers on both sides and a count of one to two digits after letters ("COVID - 19") is left alone.
 */
import { DASHES, isPunct } from './marks.js';
import type { Token } from './tokens.js';

const CODE = /^[A-Z]{2,3}$/;
const SERIAL = /^\d{3,6}$/;

export function isSpacedCodeSerial(body: string, tokens: readonly Token[], i: number): boolean {
  const serial = tokens[i];
  const dash = tokens[i - 1];
  const code = tokens[i - 2];
  if (serial?.kind !== 'num' || code?.kind !== 'word' || !isPunct(dash, DASHES) || dash === undefined)
    return false;
  return (
    body[dash.start - 1] === ' ' &&
    body[serial.start - 1] === ' ' &&
    CODE.test(body.slice(code.start, code.end)) &&
    SERIAL.test(body.slice(serial.start, serial.end))
  );
}
