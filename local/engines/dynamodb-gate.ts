/**
 * The only way in to DynamoDB Local: an HTTP proxy on 127.0.0.1 that reads a bounded body, checks the
 * request's SigV4 signature against the stack's credentials, and only then forwards it. Refusals are
 * DynamoDB's own (400 with a `__type`): a missing signature, an unknown access key, a wrong signature.
 */
import { createHash } from 'node:crypto';
import { Agent, createServer, request } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { LocalCredentials } from '../security/secrets.js';
import { verifySignature } from '../security/sigv4.js';
import type { SignatureProblem } from '../security/sigv4.js';
import type { Upstream } from './dynamodb-local.js';
import { DYNAMODB_NOT_ANSWERING } from './faults.js';

/** DynamoDB's largest request (a 16 MB BatchWriteItem); anything longer is refused unread. */
export const MAX_DYNAMODB_REQUEST_BYTES = 16 * 1024 * 1024;

const ERROR_TYPES: Record<SignatureProblem, string> = {
  MissingAuthentication: 'MissingAuthenticationTokenException',
  MalformedAuthorization: 'IncompleteSignatureException',
  InvalidAccessKeyId: 'UnrecognizedClientException',
  SignatureDoesNotMatch: 'InvalidSignatureException',
  RequestTimeTooSkewed: 'InvalidSignatureException',
  RequestExpired: 'InvalidSignatureException',
};

export interface DynamoDbGate {
  readonly port: number;
  close(): Promise<void>;
}

function refuse(req: IncomingMessage, res: ServerResponse, status: number, type: string, message: string) {
  const unread = !req.complete;
  res.writeHead(status, {
    'content-type': 'application/x-amz-json-1.0',
    ...(unread ? { connection: 'close' } : {}),
  });
  const socket = req.socket as Socket | null;
  res.end(JSON.stringify({ __type: `com.amazon.coral.service#${type}`, message }), () => {
    if (unread) socket?.destroy();
  });
}

async function readBounded(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  if (Number(req.headers['content-length'] ?? 0) > limit) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export async function startDynamoDbGate(options: {
  readonly upstream: Upstream;
  readonly credentials: LocalCredentials;
  readonly region: string;
}): Promise<DynamoDbGate> {
  const agent = new Agent({ keepAlive: true });
  const server = createServer((req, res) => {
    void (async () => {
      const body = await readBounded(req, MAX_DYNAMODB_REQUEST_BYTES);
      if (!body) return refuse(req, res, 413, 'RequestEntityTooLarge', 'Request is too large');
      const [path = '/', query = ''] = (req.url ?? '/').split(/\?(.*)/s);
      const verdict = verifySignature(
        {
          method: req.method ?? 'GET',
          path,
          query,
          rawHeaders: req.rawHeaders,
          bodySha256: createHash('sha256').update(body).digest('hex'),
        },
        { credentials: options.credentials, region: options.region, service: 'dynamodb' },
      );
      if (!verdict.ok) return refuse(req, res, 400, ERROR_TYPES[verdict.problem], verdict.message);
      const forward = request(
        {
          ...options.upstream,
          host: '127.0.0.1',
          agent,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, 'content-length': String(body.length) },
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          // An answer cut short ends the client's response too; unhandled, it would end the engine host.
          answer.on('error', () => res.destroy());
          answer.pipe(res);
        },
      );
      // on, not once: a second error on one request must not become the engine host's uncaught exception.
      forward.on('error', () => {
        if (!res.headersSent) refuse(req, res, 500, 'InternalServerError', DYNAMODB_NOT_ANSWERING);
        else res.destroy();
      });
      forward.end(body);
    })().catch(() => res.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        agent.destroy();
        server.close(() => resolve());
      }),
  };
}
