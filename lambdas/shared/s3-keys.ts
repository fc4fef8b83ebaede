/**
 * The one codec for object keys in S3 event notifications. S3 sends keys URL-encoded form-style (UTF-8
 * percent escapes, '+' for a space, '/' kept); the local stack encodes with it, the parse function decodes
 * with it.
 */

export function encodeS3EventKey(key: string): string {
  return encodeURIComponent(key).replace(/%2F/g, '/').replace(/%20/g, '+');
}

/** Throws URIError when the key is not valid percent-encoded UTF-8. */
export function decodeS3EventKey(key: string): string {
  return decodeURIComponent(key.replace(/\+/g, ' '));
}
