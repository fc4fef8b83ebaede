/**
 * Bytes → normalized text, or a rejection as a value. Never throws.
 *
 * Order: size limit (before any decoding) → empty → BOM (UTF-8, UTF-16 LE/BE) → binary sniffing → strict
 * UTF-8 → legacy single-byte (Windows-1252 vs ISO-8859-2, whichever yields more plausible letters).
 *
 * UTF-16 without a BOM is NUL-heavy like binary data. It is accepted only when the NULs sit almost all on one
 * byte parity (the high byte of Latin text) and the decoded text is mostly letters and spaces; anything else
 * that carries NULs is BINARY.
 */
import type { Encoding, Rejection } from '../../shared/article.js';
import { isSpaceCode } from '../text/chars.js';
import { chooseLegacy } from './legacy.js';
import { sniffBinary, sniffUtf16WithoutBom } from './sniff.js';

export type DecodeResult =
  | {
      ok: true;
      text: string;
      encoding: Encoding;
      /**
       * The text is in NFC (it always is unless control characters were taken out of it): the content hash
       * then skips a second normalization check over the whole text.
       */
      nfc: boolean;
    }
  | { ok: false; rejection: Rejection };

export function decodeText(bytes: Uint8Array, opts: { maxBytes: number }): DecodeResult {
  try {
    return decode(bytes, opts);
  } catch (error) {
    // TextDecoder should not throw with fatal decoders caught below; this is the last line of defence.
    return reject('UNDECODABLE', `could not decode the file: ${(error as Error).message}`);
  }
}

function decode(bytes: Uint8Array, opts: { maxBytes: number }): DecodeResult {
  if (bytes.length > opts.maxBytes) {
    return reject('TOO_LARGE', `file is ${bytes.length} bytes, over the limit of ${opts.maxBytes} bytes`);
  }
  if (bytes.length === 0) return reject('EMPTY', 'file is empty (0 bytes)');

  const bom = byBom(bytes);
  if (bom) {
    const text = strict(bom.encoding, bytes.subarray(bom.skip));
    if (text === null)
      return reject(
        'UNDECODABLE',
        `file starts with a ${bom.encoding} byte-order mark but is not valid ${bom.encoding}`,
      );
    return finish(text, bom.encoding);
  }

  const utf16 = sniffUtf16WithoutBom(bytes);
  if (utf16) {
    const text = strict(utf16, bytes);
    if (text !== null) return finish(text, utf16);
  }
  const binary = sniffBinary(bytes);
  if (binary) return reject('BINARY', binary);

  const utf8 = strict('utf-8', bytes);
  if (utf8 !== null) return finish(utf8, 'utf-8');

  const legacy = chooseLegacy(bytes);
  if (!legacy) {
    return reject('UNDECODABLE', 'file is neither valid UTF-8 nor plausible Windows-1252 / ISO-8859-2 text');
  }
  return finish(legacy.text, legacy.encoding);
}

function byBom(bytes: Uint8Array): { encoding: Encoding; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

// Fatal decoders keep no state between non-streaming calls, so one per encoding serves every file.
const decoders = new Map<Encoding, InstanceType<typeof TextDecoder>>();

function strict(encoding: Encoding, bytes: Uint8Array): string | null {
  let decoder = decoders.get(encoding);
  if (!decoder) {
    decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
    decoders.set(encoding, decoder);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

// Control characters other than tab, line feed, vertical tab, form feed and carriage return: finding them
// is the point of this pattern.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/gu;

function isControl(c: number): boolean {
  return c <= 0x08 || (c >= 0x0e && c <= 0x1f) || (c >= 0x7f && c <= 0x9f);
}

// eslint-disable-next-line no-control-regex -- the same class as CONTROL, to test before counting
const HAS_CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/;

/** CONTROL matches, counted without collecting them; most texts have none, which one regex test tells. */
function countControls(text: string): number {
  if (!HAS_CONTROL.test(text)) return 0;
  let count = 0;
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) count++;
  return count;
}

// Module-level: bundlers targeting Node rewrite a `\p{…}` literal as `new RegExp(…)`, run on every call.
const ANY_LETTER = /\p{L}/u;

function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

function finish(raw: string, encoding: Encoding): DecodeResult {
  let text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  text = text.normalize('NFC');
  if (isBlank(text)) return reject('EMPTY', 'file contains only whitespace');
  const controls = countControls(text);
  if (controls > Math.max(2, text.length * 0.02)) {
    return reject(
      'BINARY',
      `decoded text has ${controls} control characters in ${text.length}: not a text file`,
    );
  }
  if (!ANY_LETTER.test(text)) return reject('NO_TEXT', 'file decodes but contains no letters');
  if (controls === 0) return { ok: true, text, encoding, nfc: true };
  const kept = text.replace(CONTROL, '');
  return { ok: true, text: kept, encoding, nfc: kept.normalize('NFC') === kept };
}

function reject(reason: Rejection['reason'], message: string): DecodeResult {
  return { ok: false, rejection: { reason, message } };
}
