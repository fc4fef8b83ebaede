/**
 * The embedded stack's health, served without a key at /health: each engine answering, each stream
 * poller running, the parse queue's depth and the dead letters. 200 when everything runs, 503 otherwise.
 */
import type { HttpAnswer } from './events/api-gateway.js';

export interface HealthSources {
  readonly engines: {
    readonly alive: boolean;
    readonly s3Endpoint: string;
    readonly dynamodbEndpoint: string;
  };
  readonly pollers: readonly {
    readonly table: string;
    readonly running: boolean;
    readonly delivered: number;
    readonly lastError: string | undefined;
  }[];
  readonly queues: Readonly<Record<string, number>>;
  readonly deadLetters: number;
  /** Why the stack is stopping, if it is. */
  readonly failure: string | undefined;
}

/** Any HTTP answer (even an error status) means the engine is up. */
async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1_000) });
    await response.body?.cancel();
    return true;
  } catch {
    return false;
  }
}

export interface HealthReport {
  readonly status: 'ok' | 'unhealthy';
  readonly failure?: string;
  readonly s3: 'ok' | 'down';
  readonly dynamodb: 'ok' | 'down';
  readonly streamPollers: readonly {
    table: string;
    status: 'ok' | 'failing' | 'stopped';
    delivered: number;
    error?: string;
  }[];
  readonly queueDepth: Readonly<Record<string, number>>;
  readonly deadLetters: number;
}

export async function healthReport(sources: HealthSources): Promise<HealthReport> {
  const [s3, dynamodb] = sources.engines.alive
    ? await Promise.all([answers(sources.engines.s3Endpoint), answers(sources.engines.dynamodbEndpoint)])
    : [false, false];
  const pollers = sources.pollers.map((poller) => ({
    table: poller.table,
    status: (poller.running && !poller.lastError ? 'ok' : poller.running ? 'failing' : 'stopped') as
      'ok' | 'failing' | 'stopped',
    delivered: poller.delivered,
    ...(poller.lastError ? { error: poller.lastError } : {}),
  }));
  const ok = s3 && dynamodb && pollers.every((p) => p.status === 'ok') && !sources.failure;
  return {
    status: ok ? ('ok' as const) : ('unhealthy' as const),
    ...(sources.failure ? { failure: sources.failure } : {}),
    s3: s3 ? ('ok' as const) : ('down' as const),
    dynamodb: dynamodb ? ('ok' as const) : ('down' as const),
    streamPollers: pollers,
    queueDepth: sources.queues,
    deadLetters: sources.deadLetters,
  };
}

export function healthAnswer(report: HealthReport): HttpAnswer {
  return {
    statusCode: report.status === 'ok' ? 200 : 503,
    headers: { 'content-type': 'application/json' },
    body: Buffer.from(JSON.stringify(report)),
  };
}
