/**
 * The API as the dashboard reads it: its URL from config.json (deployed beside the assets: never the key),
 * the key from localStorage (entered once by the user), and what the API offers from its own OpenAPI
 * document, so views can use routes and fields other work adds later (monthly metrics, stories) when they
 * exist and say so when they do not.
 */
import type { z } from 'zod';
import type { ErrorSchema } from '../../lambdas/api/schemas.js';

export type * from './types.js';

export interface DashboardConfig {
  /** Base URL of the API stage, e.g. https://abc.execute-api.eu-west-1.amazonaws.com/v1 */
  readonly apiUrl: string;
  /** The embedded stack's admin routes (dead letters), absent when deployed. */
  readonly adminUrl?: string;
  /** Template of a link to an article's object: {bucket} and {key} are replaced. */
  readonly objectUrl?: string;
}

const KEY_STORAGE = 'provincewire.apiKey';

export const storedKey = (): string | null => localStorage.getItem(KEY_STORAGE);
export const storeKey = (key: string): void => localStorage.setItem(KEY_STORAGE, key.trim());
export const forgetKey = (): void => localStorage.removeItem(KEY_STORAGE);

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

let configPromise: Promise<DashboardConfig> | undefined;
export function loadConfig(): Promise<DashboardConfig> {
  return (configPromise ??= fetch('config.json', { cache: 'no-store' }).then(async (res) => {
    if (!res.ok) throw new Error(`config.json: HTTP ${res.status}`);
    const config = (await res.json()) as DashboardConfig;
    // Stack outputs end the API's URL with '/', which the routes' own '/' would double.
    return { ...config, apiUrl: config.apiUrl.replace(/\/+$/, '') };
  }));
}

async function request<T>(base: string, path: string, init: RequestInit = {}): Promise<T> {
  const key = storedKey();
  const res = await fetch(`${base}${path}`, {
    ...init,
    headers: { ...(key ? { 'x-api-key': key } : {}), ...(init.headers as Record<string, string>) },
  });
  const text = await res.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : {};
  } catch {
    body = { message: text };
  }
  if (!res.ok) {
    const err = (body as z.infer<typeof ErrorSchema>).error;
    const message = err?.message ?? (body as { message?: string }).message ?? `HTTP ${res.status}`;
    throw new ApiError(res.status, message, err?.code);
  }
  return body as T;
}

export async function api<T>(path: string): Promise<T> {
  return request<T>((await loadConfig()).apiUrl, path);
}

export async function admin<T>(path: string, init?: RequestInit): Promise<T | undefined> {
  const { adminUrl } = await loadConfig();
  return adminUrl ? request<T>(adminUrl, path, init) : undefined;
}

export const query = (params: Record<string, string | number | undefined | null>): string => {
  const entries = Object.entries(params).filter(
    (e): e is [string, string | number] => e[1] !== undefined && e[1] !== null && e[1] !== '',
  );
  return entries.length ? `?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)]))}` : '';
};

/** The parts of the OpenAPI document the views look at. */
interface OpenApiDoc {
  paths: Record<
    string,
    { get?: { parameters?: { name: string; in: string; schema?: { enum?: string[] } }[] } }
  >;
}

let docPromise: Promise<OpenApiDoc> | undefined;
export function openApi(): Promise<OpenApiDoc> {
  return (docPromise ??= api<OpenApiDoc>('/openapi.json'));
}

/** The query parameter `name` of GET `path` as the API documents it, if it has one. */
export async function parameter(path: string, name: string) {
  const doc = await openApi();
  return doc.paths[path]?.get?.parameters?.find((p) => p.in === 'query' && p.name === name);
}

export async function hasRoute(path: string): Promise<boolean> {
  return (await openApi()).paths[path]?.get !== undefined;
}

/** Every page of a paged listing, up to `max` items. */
export async function allPages<T>(path: string, params: Record<string, string | undefined>, max = 500) {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await api<{ items: T[]; nextCursor: string | null }>(
      `${path}${query({ ...params, limit: 100, cursor })}`,
    );
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && items.length < max);
  return { items: items.slice(0, max), more: cursor !== undefined };
}
