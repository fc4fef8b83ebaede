/**
 * Parent side of the engine host: forks it (Node with the legacy OpenSSL provider, for s3rver), waits until
 * both engines answer, relays object-change notifications, and makes sure the host and its Java child die
 * with this process: stop(), process exit (including crashes), and, if this process is killed outright,
 * the host notices the closed IPC channel and kills Java itself.
 */
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENGINE_CONFIG_ENV } from './protocol.js';
import type { EngineHostConfig, HostMessage, ParentMessage } from './protocol.js';
import type { RawS3Notification } from '../events/s3.js';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface Engines {
  readonly s3Endpoint: string;
  readonly dynamodbEndpoint: string;
  /** Process ids of the engine host (Node) and DynamoDB Local (Java). */
  readonly pids: { readonly host: number; readonly java: number };
  onS3Event(listener: (notification: RawS3Notification) => void): void;
  /** Resolves once every notification for changes made before the call has been delivered to listeners. */
  flush(): Promise<void>;
  /**
   * S3 refuses writes from now on (503 ServiceUnavailable); resolves once the notifications of every write
   * it accepted before have been delivered.
   */
  drain(): Promise<void>;
  /** Called once if the engines die while the stack is running (not on stop()). */
  onExit(listener: (reason: string) => void): void;
  /** Whether the engine host is still running. */
  readonly alive: boolean;
  /** Graceful: the host closes S3 and stops DynamoDB Local with SIGTERM; SIGKILL only after the timeout. */
  stop(): Promise<void>;
}

/** How long a graceful stop of the engines may take before they are killed. */
export const ENGINE_STOP_TIMEOUT_MS = 10_000;

export class EngineStartError extends Error {
  override readonly name = 'EngineStartError';
}

function killQuietly(pid: number | undefined): void {
  if (pid === undefined || pid <= 0) return;
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

export async function startEngines(config: EngineHostConfig, timeoutMs = 60_000): Promise<Engines> {
  const host: ChildProcess = fork(resolve(REPO_ROOT, 'local/engines/host.ts'), [], {
    cwd: REPO_ROOT,
    execArgv: ['--openssl-legacy-provider', '--import', 'tsx'],
    env: { ...process.env, [ENGINE_CONFIG_ENV]: JSON.stringify(config), NODE_OPTIONS: '' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let javaPid = -1;
  const killAll = () => {
    killQuietly(javaPid);
    killQuietly(host.pid);
  };
  process.on('exit', killAll);

  const listeners: ((notification: RawS3Notification) => void)[] = [];
  const exitListeners: ((reason: string) => void)[] = [];
  let stopping = false;
  let lastFailure = '';
  const flushes = new Map<number, () => void>();
  let nextFlush = 0;
  let exited = false;
  let failed = false;

  const ready = new Promise<{ s3Port: number; dynamodbPort: number; javaPid: number }>(
    (resolveReady, reject) => {
      const timer = setTimeout(
        () => reject(new EngineStartError(`engines not ready after ${timeoutMs} ms`)),
        timeoutMs,
      );
      host.on('message', (message: HostMessage) => {
        switch (message.type) {
          case 'ready':
            clearTimeout(timer);
            resolveReady(message);
            break;
          case 's3-event':
            for (const listener of listeners) listener(message.notification);
            break;
          case 'flushed':
            flushes.get(message.id)?.();
            flushes.delete(message.id);
            break;
          case 'failed':
            clearTimeout(timer);
            lastFailure = message.message;
            reject(new EngineStartError(message.message));
            // After the start, an engine died: say so now rather than when the host has finished its own
            // shutdown (seconds later), so no work in flight is charged for the engine's death.
            failed = true;
            if (!stopping) for (const listener of exitListeners.splice(0)) listener(message.message);
            break;
        }
      });
      host.once('exit', (code, signal) => {
        exited = true;
        clearTimeout(timer);
        reject(new EngineStartError(`engine host exited (${code ?? signal})`));
        for (const done of flushes.values()) done();
        flushes.clear();
        if (!stopping) {
          killQuietly(javaPid);
          const reason = `engine host exited (${code ?? signal})${lastFailure ? `: ${lastFailure}` : ''}`;
          for (const listener of exitListeners.splice(0)) listener(reason);
        }
      });
    },
  );

  let started;
  try {
    started = await ready;
  } catch (error) {
    killAll();
    process.off('exit', killAll);
    throw error;
  }
  javaPid = started.javaPid;
  const ask = (type: ParentMessage['type']) =>
    exited
      ? Promise.resolve()
      : new Promise<void>((resolveFlush) => {
          const id = nextFlush++;
          flushes.set(id, resolveFlush);
          host.send({ type, id } satisfies ParentMessage);
        });

  return {
    s3Endpoint: `http://127.0.0.1:${started.s3Port}`,
    dynamodbEndpoint: `http://127.0.0.1:${started.dynamodbPort}`,
    pids: { host: host.pid ?? -1, java: javaPid },
    onS3Event: (listener) => listeners.push(listener),
    onExit: (listener) => exitListeners.push(listener),
    get alive() {
      return !exited && !failed;
    },
    flush: () => ask('flush'),
    drain: () => ask('drain'),
    async stop() {
      stopping = true;
      if (!exited) {
        const gone = new Promise((resolveExit) => host.once('exit', resolveExit));
        host.kill('SIGTERM');
        const timer = setTimeout(killAll, ENGINE_STOP_TIMEOUT_MS + 2_000);
        await gone;
        clearTimeout(timer);
      }
      killQuietly(javaPid);
      process.off('exit', killAll);
    },
  };
}
