/** Byte-level sniffing: binary signatures and NUL/control density, UTF-16 without a byte-order mark. */

const SIGNATURES: ReadonlyArray<{ name: string; bytes: readonly number[] }> = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'ZIP archive (or docx/xlsx)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'Windows executable', bytes: [0x4d, 0x5a, 0x90, 0x00] },
];

const SAMPLE = 64 * 1024;

/** A human reason when the bytes are not text, else null. */
export function sniffBinary(bytes: Uint8Array): string | null {
  for (const sig of SIGNATURES) {
    if (sig.bytes.every((b, i) => bytes[i] === b)) return `file is a ${sig.name}, not text`;
  }
  const n = Math.min(bytes.length, SAMPLE);
  let nul = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b >= 0x20) continue;
    if (b === 0) nul++;
    else if (b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) control++;
  }
  if (nul > 0) return `file contains ${nul} NUL bytes in its first ${n}: binary data`;
  if (control > Math.max(2, n * 0.02))
    return `file has ${control} control bytes in its first ${n}: binary data`;
  return null;
}

/**
 * UTF-16 text without BOM: Latin-script text has a zero high byte in almost every code unit, so NULs fall on
 * one parity only (odd offsets for little endian, even for big endian) and never on the other.
 */
export function sniffUtf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  // Most files have no NUL at all, which the engine's own search tells at once.
  if (bytes.indexOf(0) < 0) return null;
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  const units = n / 2;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  if (oddNul >= units * 0.5 && evenNul === 0) return 'utf-16le';
  if (evenNul >= units * 0.5 && oddNul === 0) return 'utf-16be';
  return null;
}
