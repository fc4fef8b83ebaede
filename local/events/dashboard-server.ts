/**
 * The dashboard on the embedded stack: its static assets on a loopback port of their own (another
 * origin than the API, as CloudFront is on AWS, so CORS is exercised the same way), built in memory on
 * the first request (esbuild, well under a second), and config.json naming this stack's API. The key is
 * never served: the user enters it in the browser.
 */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildDashboard } from '../../dashboard/build.js';
import type { DashboardFiles } from '../../dashboard/build.js';

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
};

export interface DashboardConfig {
  readonly apiUrl: string;
  readonly adminUrl?: string;
  readonly objectUrl?: string;
}

export interface DashboardServer {
  /** e.g. http://127.0.0.1:PORT/ */
  readonly url: string;
  /** e.g. http://127.0.0.1:PORT (what the API allows in CORS). */
  readonly origin: string;
  close(): Promise<void>;
}

export async function startDashboardServer(options: {
  /** Read on each request: the API starts after the dashboard's origin is known. */
  readonly config: () => DashboardConfig | undefined;
  readonly port?: number;
  /** Build now rather than on the first request (npm start: the first view is then fast). */
  readonly prebuild?: boolean;
  readonly onError?: (error: unknown) => void;
}): Promise<DashboardServer> {
  let files: Promise<DashboardFiles> | undefined = options.prebuild ? buildDashboard() : undefined;
  files?.catch(() => (files = undefined));
  const server: Server = createServer((request, response) => {
    const headers = {
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store',
    };
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const name = path === '/' ? 'index.html' : path.slice(1);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { ...headers, allow: 'GET, HEAD' }).end();
      return;
    }
    if (name === 'config.json') {
      const config = options.config();
      response
        .writeHead(config ? 200 : 503, { ...headers, 'content-type': TYPES.json! })
        .end(JSON.stringify(config ?? { message: 'the API is not started yet' }));
      return;
    }
    (files ??= buildDashboard())
      .then((built) => {
        const content = built.get(name);
        if (!content || name.includes('/')) {
          response.writeHead(404, { ...headers, 'content-type': TYPES.txt! }).end('Not Found');
          return;
        }
        const type = TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream';
        response
          .writeHead(200, { ...headers, 'content-type': type })
          .end(request.method === 'HEAD' ? undefined : content);
      })
      .catch((error: unknown) => {
        files = undefined;
        options.onError?.(error);
        response
          .writeHead(500, { ...headers, 'content-type': TYPES.txt! })
          .end('the dashboard could not be built');
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/`,
    origin,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
