/**
 * CORS at the local API Gateway, as the deployed one answers it: preflight (OPTIONS) answered by the
 * gateway itself for the dashboard's origin only (CDK's preflight mock methods), and the gateway's own
 * answers (403, 404) carrying the allowed origin so a browser can read them (CDK's gateway responses).
 * Answers of the api function get their CORS headers from the function (Powertools' cors middleware).
 */
import { CORS_ALLOW_HEADERS } from '../../lambdas/shared/wiring.js';

/** The response headers for a request from `origin`, or none when it is not the allowed one. */
export function corsHeaders(origin: string | undefined, allowed: string | undefined): Record<string, string> {
  if (!allowed || origin !== allowed) return {};
  return { 'access-control-allow-origin': allowed, vary: 'Origin' };
}

/** A preflight's headers, or undefined when the origin, method or headers asked for are not allowed. */
export function preflightHeaders(
  request: { origin?: string; method?: string; headers?: string },
  allowed: string | undefined,
  methods: readonly string[],
): Record<string, string> | undefined {
  const base = corsHeaders(request.origin, allowed);
  if (!base['access-control-allow-origin']) return undefined;
  const method = request.method?.toUpperCase();
  if (!method || !methods.includes(method)) return undefined;
  const asked = (request.headers ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  if (!asked.every((h) => (CORS_ALLOW_HEADERS as readonly string[]).includes(h))) return undefined;
  return {
    ...base,
    'access-control-allow-methods': methods.join(','),
    'access-control-allow-headers': CORS_ALLOW_HEADERS.join(','),
    'access-control-max-age': '600',
  };
}
