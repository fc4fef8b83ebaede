/**
 * How the local S3 lays object keys out on disk. S3 allows any UTF-8 key up to 1,024 bytes; a file system
 * does not: `..` climbs out of the bucket, a segment over 255 bytes or one with a control character fails
 * or means something else. Every key segment is escaped to [A-Za-z0-9_-] plus `%XX` (a leading dot too, so
 * no `.` or `..` is ever a path component; an empty segment is `%`), and an escaped segment longer than
 * SEGMENT_CHARS is cut into directories chained by a trailing `+`. The mapping is one-to-one, so listing
 * decodes the paths back to the exact keys.
 */

/** UTF-8 bytes S3 allows in a key. */
export const MAX_KEY_BYTES = 1024;
/** Room for s3rver's `._S3rver_metadata.json` suffix within a 255-byte file name. */
const SEGMENT_CHARS = 200;

const SAFE = /[A-Za-z0-9_.-]/;

function escapeSegment(segment: string): string {
  if (segment === '') return '%';
  let out = '';
  for (const byte of Buffer.from(segment, 'utf8')) {
    const char = String.fromCharCode(byte);
    const safe = byte < 0x80 && SAFE.test(char) && !(char === '.' && out === '');
    out += safe ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function unescapeSegment(escaped: string): string | null {
  if (escaped === '%') return '';
  if (!/^(?:[A-Za-z0-9_.-]|%[0-9A-F]{2})+$/.test(escaped) || escaped.startsWith('.')) return null;
  const bytes = Buffer.from(
    escaped.replace(/%([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
    'latin1',
  );
  const text = bytes.toString('utf8');
  return Buffer.from(text, 'utf8').equals(bytes) ? text : null;
}

/**
 * Cuts an escaped segment into chunks of at most SEGMENT_CHARS, never inside a %XX triplet; a chunk that
 * would start with a dot starts with %2E instead (a lone "." or ".." chunk would name a directory).
 */
function chunks(escaped: string): string[] {
  const out: string[] = [];
  let rest = escaped;
  for (;;) {
    if (out.length > 0 && rest.startsWith('.')) rest = `%2E${rest.slice(1)}`;
    if (rest.length <= SEGMENT_CHARS) break;
    let cut = SEGMENT_CHARS;
    const triplet = rest.lastIndexOf('%', cut - 1);
    if (triplet > cut - 3) cut = triplet;
    out.push(`${rest.slice(0, cut)}+`);
    rest = rest.slice(cut);
  }
  out.push(rest);
  return out;
}

/** The relative path ('/'-separated) that stores `key`; every component is a safe, short file name. */
export function keyToPath(key: string): string {
  return key
    .split('/')
    .flatMap((segment) => chunks(escapeSegment(segment)))
    .join('/');
}

/** The key stored at a relative path made by keyToPath, or null for a path it cannot have made. */
export function pathToKey(path: string): string | null {
  const segments: string[] = [];
  let pending = '';
  for (const part of path.split('/')) {
    if (part.endsWith('+')) {
      pending += part.slice(0, -1);
      continue;
    }
    const segment = unescapeSegment(pending + part);
    if (segment === null) return null;
    segments.push(segment);
    pending = '';
  }
  return pending === '' ? segments.join('/') : null;
}

/** Why S3 would refuse this key, if it would: KeyTooLongError over 1,024 bytes. */
export function keyProblem(key: string): { code: 'KeyTooLongError'; message: string } | null {
  return Buffer.byteLength(key, 'utf8') > MAX_KEY_BYTES
    ? { code: 'KeyTooLongError', message: 'Your key is too long' }
    : null;
}
