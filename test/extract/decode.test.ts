import { describe, expect, it } from 'vitest';
import { decodeText } from '../../lambdas/extract/decode/index.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: Array<Uint8Array | number[]>) => Uint8Array.from(parts.flatMap((p) => [...p]));

function utf16(s: string, endian: 'le' | 'be'): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (endian === 'le') out.push(c & 0xff, c >> 8);
    else out.push(c >> 8, c & 0xff);
  }
  return out;
}

// Single-byte encodings built by hand: only the letters these sentences use.
const CP1252: Record<string, number> = { é: 0xe9, è: 0xe8, à: 0xe0, ç: 0xe7, ê: 0xea, '’': 0x92, œ: 0x9c };
const LATIN2: Record<string, number> = {
  ł: 0xb3,
  ą: 0xb1,
  ę: 0xea,
  ś: 0xb6,
  ż: 0xbf,
  ó: 0xf3,
  ń: 0xf1,
  ć: 0xe6,
  ź: 0xbc,
};
function single(s: string, table: Record<string, number>): Uint8Array {
  return Uint8Array.from([...s].map((ch) => (ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : table[ch]!)));
}

const FRENCH = 'Le capitaine a précisé qu’à la fin de l’été, sœur et frère étaient à la fête.';
const POLISH = 'Pułkownik powiedział, że policja zatrzymała podejrzanego w październiku.';

describe('Function: decodeText', () => {
  it.each([
    ['UTF-8 without BOM', utf8('Bonjour à tous'), 'utf-8', 'Bonjour à tous'],
    [
      'UTF-8 with BOM',
      concat([0xef, 0xbb, 0xbf], utf8('Đại tá Nguyễn Văn A')),
      'utf-8',
      'Đại tá Nguyễn Văn A',
    ],
    ['UTF-16LE with BOM', concat([0xff, 0xfe], utf16('Zdjęcie: Łódź', 'le')), 'utf-16le', 'Zdjęcie: Łódź'],
    ['UTF-16BE with BOM', concat([0xfe, 0xff], utf16('Công an tỉnh', 'be')), 'utf-16be', 'Công an tỉnh'],
    [
      'UTF-16LE without BOM',
      Uint8Array.from(utf16('Police report in English', 'le')),
      'utf-16le',
      'Police report in English',
    ],
    ['Windows-1252 French', single(FRENCH, CP1252), 'windows-1252', FRENCH],
    ['ISO-8859-2 Polish', single(POLISH, LATIN2), 'iso-8859-2', POLISH],
  ])('decodes %s', (_label, bytes, encoding, text) => {
    // Prepare: bytes built above

    // Act
    const result = decodeText(bytes, { maxBytes: 10_000 });

    // Assess
    expect(result).toEqual({ ok: true, encoding, text, nfc: true });
  });

  it('normalizes line endings and composes characters (NFC)', () => {
    // Prepare: "é" decomposed as e + combining acute, Windows line endings
    const bytes = utf8('Titre\r\nLe re\u0301sume\u0301\rFin');

    // Act
    const result = decodeText(bytes, { maxBytes: 1000 });

    // Assess
    expect(result).toEqual({ ok: true, encoding: 'utf-8', text: 'Titre\nLe résumé\nFin', nfc: true });
  });

  it('says when taking control characters out leaves the text out of NFC', () => {
    // Prepare: a bell between "e" and a combining acute, which then meet undecomposed
    const bytes = utf8('Le re\u0007\u0301sume et la suite du texte');

    // Act
    const result = decodeText(bytes, { maxBytes: 1000 });

    // Assess
    expect(result).toEqual({
      ok: true,
      encoding: 'utf-8',
      text: 'Le re\u0301sume et la suite du texte',
      nfc: false,
    });
  });

  it.each([
    ['zero bytes', new Uint8Array(0), 'EMPTY'],
    ['whitespace only', utf8(' \n\t\r\n  '), 'EMPTY'],
    ['a BOM and nothing else', Uint8Array.from([0xef, 0xbb, 0xbf]), 'EMPTY'],
    [
      'a PNG header',
      concat([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], new Array<number>(64).fill(0)),
      'BINARY',
    ],
    ['NUL-heavy bytes', concat(utf8('abc'), [0, 0, 0, 7, 0, 0, 1, 2, 0, 0, 0, 0, 3]), 'BINARY'],
    ['an ELF executable', concat([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1], utf8('text')), 'BINARY'],
    ['a zip archive', concat([0x50, 0x4b, 0x03, 0x04], utf8('word/document.xml')), 'BINARY'],
    ['control characters', utf8('\u0001\u0002\u0003\u0004\u0005\u0006abc\u0007\u0008\u000e\u000f'), 'BINARY'],
    ['digits and punctuation only', utf8('12 345 — 67,8 % (2024) !'), 'NO_TEXT'],
    ['UTF-16 BOM with an odd byte count', concat([0xff, 0xfe], utf16('abc', 'le'), [0x41]), 'UNDECODABLE'],
    [
      'C1 garbage in no known code page',
      Uint8Array.from([0x81, 0x8d, 0x8f, 0x90, 0x9d, 0x81, 0x8d, 0x8f, 0x41]),
      'UNDECODABLE',
    ],
  ])('rejects %s as %s', (_label, bytes, reason) => {
    // Act
    const result = decodeText(bytes, { maxBytes: 10_000 });

    // Assess
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.rejection.reason).toBe(reason);
      expect(result.rejection.message.length).toBeGreaterThan(10);
    }
  });

  it('rejects a file over the limit before decoding it', () => {
    // Prepare: invalid bytes, so only the size check can explain a TOO_LARGE
    const bytes = new Uint8Array(2048).fill(0);

    // Act
    const result = decodeText(bytes, { maxBytes: 1024 });

    // Assess
    expect(result).toMatchObject({ ok: false, rejection: { reason: 'TOO_LARGE' } });
  });
});
