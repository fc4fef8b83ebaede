/**
 * Verification of AWS Signature Version 4 requests, as S3 and DynamoDB do it: the Authorization header or
 * a presigned query string, the credential scope (our access key, date, region, service), the clock (15
 * minutes either way, or the presigned expiry) and the signature over the canonical request, compared in
 * constant time. The payload hash is the one the client signed (x-amz-content-sha256) or, when it sent
 * none (DynamoDB), the hash of the body the caller read. Streaming uploads are checked by their seed
 * signature; per-chunk signatures are not.
 */
import { createHash, createHmac } from 'node:crypto';
import { safeEqual } from './secrets.js';
import type { LocalCredentials } from './secrets.js';

export interface SignedRequest {
  readonly method: string;
  /** The path exactly as sent, before the query string. */
  readonly path: string;
  /** The query string as sent, without '?'. */
  readonly query: string;
  /** Node's rawHeaders: name, value, name, value... */
  readonly rawHeaders: readonly string[];
  /** Hex SHA-256 of the body, when the caller has read it (needed when no x-amz-content-sha256 header). */
  readonly bodySha256?: string;
}

export interface SigningExpectation {
  readonly credentials: LocalCredentials;
  readonly region: string;
  readonly service: 's3' | 'dynamodb';
  readonly now?: Date;
}

export type SignatureProblem =
  | 'MissingAuthentication'
  | 'MalformedAuthorization'
  | 'InvalidAccessKeyId'
  | 'SignatureDoesNotMatch'
  | 'RequestTimeTooSkewed'
  | 'RequestExpired';

export type Verdict = { ok: true } | { ok: false; problem: SignatureProblem; message: string };

const ALGORITHM = 'AWS4-HMAC-SHA256';
const MAX_SKEW_MS = 15 * 60 * 1000;

const fail = (problem: SignatureProblem, message: string): Verdict => ({ ok: false, problem, message });
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const hmac = (key: Buffer | string, text: string) => createHmac('sha256', key).update(text, 'utf8').digest();

/** RFC 3986 percent-encoding, as SigV4 wants it (unreserved characters only kept). */
function encodeRfc3986(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

function decodeLoose(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function canonicalPath(path: string, service: SigningExpectation['service']): string {
  const segments = path.split('/');
  // S3 signs the path encoded once; every other service encodes the already-encoded path a second time.
  return service === 's3'
    ? segments.map((s) => encodeRfc3986(decodeLoose(s))).join('/')
    : segments.map((s) => encodeRfc3986(s)).join('/');
}

function parseQuery(query: string): [string, string][] {
  if (query === '') return [];
  return query.split('&').map((pair) => {
    const at = pair.indexOf('=');
    const [name, value] = at === -1 ? [pair, ''] : [pair.slice(0, at), pair.slice(at + 1)];
    return [decodeLoose(name), decodeLoose(value)];
  });
}

function canonicalQuery(pairs: [string, string][]): string {
  return pairs
    .map(([name, value]) => [encodeRfc3986(name), encodeRfc3986(value)] as const)
    .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
}

function headerValues(rawHeaders: readonly string[]): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    const name = rawHeaders[i]!.toLowerCase();
    values.set(name, [...(values.get(name) ?? []), rawHeaders[i + 1]!.trim().replace(/\s+/g, ' ')]);
  }
  return values;
}

function parseAmzDate(value: string | undefined): Date | null {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value ?? '');
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  return new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, s!));
}

interface Parts {
  readonly accessKeyId: string;
  readonly scope: string;
  readonly scopeDate: string;
  readonly scopeRegion: string;
  readonly scopeService: string;
  readonly signedHeaders: string[];
  readonly signature: string;
  readonly amzDate: string;
  readonly presigned: boolean;
  readonly expiresSeconds?: number;
}

function parseCredential(credential: string) {
  const [accessKeyId, date, region, service, terminal, ...extra] = credential.split('/');
  if (!accessKeyId || !date || !region || !service || terminal !== 'aws4_request' || extra.length > 0)
    return null;
  return { accessKeyId, date, region, service, scope: [date, region, service, terminal].join('/') };
}

function authorizationParts(request: SignedRequest, headers: Map<string, string[]>): Parts | Verdict {
  const query = new Map(parseQuery(request.query));
  const header = headers.get('authorization')?.join(',');
  if (header !== undefined && query.has('X-Amz-Signature')) {
    return fail('MalformedAuthorization', 'Only one auth mechanism allowed');
  }
  if (header !== undefined) {
    const match = /^AWS4-HMAC-SHA256 (.*)$/.exec(header);
    if (!match) return fail('MalformedAuthorization', 'Only AWS4-HMAC-SHA256 authorization is accepted');
    const fields = new Map(
      match[1]!.split(',').map((field) => {
        const at = field.indexOf('=');
        return [field.slice(0, at).trim(), field.slice(at + 1).trim()] as const;
      }),
    );
    const credential = parseCredential(fields.get('Credential') ?? '');
    const signedHeaders = fields.get('SignedHeaders');
    const signature = fields.get('Signature');
    if (!credential || !signedHeaders || !signature)
      return fail('MalformedAuthorization', 'The authorization header is malformed');
    return {
      ...credential,
      scopeDate: credential.date,
      scopeRegion: credential.region,
      scopeService: credential.service,
      signedHeaders: signedHeaders.split(';'),
      signature,
      amzDate: headers.get('x-amz-date')?.[0] ?? '',
      presigned: false,
    };
  }
  if (query.has('X-Amz-Signature')) {
    if (query.get('X-Amz-Algorithm') !== ALGORITHM)
      return fail('MalformedAuthorization', 'X-Amz-Algorithm only supports AWS4-HMAC-SHA256');
    const credential = parseCredential(query.get('X-Amz-Credential') ?? '');
    const expires = Number(query.get('X-Amz-Expires'));
    if (!credential || !query.get('X-Amz-SignedHeaders') || !Number.isInteger(expires) || expires < 0)
      return fail('MalformedAuthorization', 'The presigned query string is malformed');
    return {
      ...credential,
      scopeDate: credential.date,
      scopeRegion: credential.region,
      scopeService: credential.service,
      signedHeaders: query.get('X-Amz-SignedHeaders')!.split(';'),
      signature: query.get('X-Amz-Signature')!,
      amzDate: query.get('X-Amz-Date') ?? '',
      presigned: true,
      expiresSeconds: expires,
    };
  }
  return fail('MissingAuthentication', 'Request is missing Authentication Token');
}

export function verifySignature(request: SignedRequest, expected: SigningExpectation): Verdict {
  const headers = headerValues(request.rawHeaders);
  const parts = authorizationParts(request, headers);
  if ('ok' in parts) return parts;
  if (!safeEqual(parts.accessKeyId, expected.credentials.accessKeyId)) {
    return fail('InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist in our records.');
  }
  const at = parseAmzDate(parts.amzDate);
  if (!at || parts.amzDate.slice(0, 8) !== parts.scopeDate) {
    return fail('MalformedAuthorization', 'X-Amz-Date is missing, malformed or outside the credential scope');
  }
  if (parts.scopeRegion !== expected.region || parts.scopeService !== expected.service) {
    return fail(
      'MalformedAuthorization',
      `the credential scope must be ${expected.region}/${expected.service}`,
    );
  }
  if (!parts.signedHeaders.includes('host')) return fail('MalformedAuthorization', 'host must be signed');
  const now = (expected.now ?? new Date()).getTime();
  if (parts.presigned) {
    if (now > at.getTime() + (parts.expiresSeconds ?? 0) * 1000)
      return fail('RequestExpired', 'Request has expired');
  } else if (Math.abs(now - at.getTime()) > MAX_SKEW_MS) {
    return fail(
      'RequestTimeTooSkewed',
      'The difference between the request time and the current time is too large.',
    );
  }

  const payloadHash = parts.presigned
    ? 'UNSIGNED-PAYLOAD'
    : (headers.get('x-amz-content-sha256')?.[0] ?? request.bodySha256);
  if (payloadHash === undefined) return fail('SignatureDoesNotMatch', 'the payload hash is unknown');
  const query = parseQuery(request.query).filter(
    ([name]) => !(parts.presigned && name === 'X-Amz-Signature'),
  );
  const signed = [...parts.signedHeaders].sort();
  const canonicalRequest = [
    request.method.toUpperCase(),
    canonicalPath(request.path, expected.service),
    canonicalQuery(query),
    ...signed.map((name) => `${name}:${(headers.get(name) ?? []).join(',')}`),
    '',
    signed.join(';'),
    payloadHash,
  ].join('\n');
  const stringToSign = [ALGORITHM, parts.amzDate, parts.scope, sha256(canonicalRequest)].join('\n');
  const key = [parts.scopeDate, parts.scopeRegion, parts.scopeService, 'aws4_request'].reduce<
    Buffer | string
  >((k, part) => hmac(k, part), `AWS4${expected.credentials.secretAccessKey}`);
  const signature = hmac(key, stringToSign).toString('hex');
  return safeEqual(parts.signature, signature)
    ? { ok: true }
    : fail(
        'SignatureDoesNotMatch',
        'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
      );
}
