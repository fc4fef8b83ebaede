/**
 * Runs inside DynamoDB Local's private network namespace (see dynamodb-local.ts): starts Java with the
 * arguments it is given, and relays every connection on a Unix socket to Java's port on this namespace's
 * loopback. Signals are passed on to Java; the relay exits with it. Plain JavaScript, so it starts without
 * a loader (and without tsx's cache, whose owner would differ inside the user namespace). Usage:
 *   node loopback-relay.mjs SOCKET PORT COMMAND ARGS...
 */
import { spawn } from 'node:child_process';
import process from 'node:process';
import { chmodSync, existsSync, rmSync, statSync } from 'node:fs';
import { connect, createServer } from 'node:net';

const [socketPath, port, command, ...args] = process.argv.slice(2);
if (!socketPath || !port || !command) {
  process.stderr.write('usage: loopback-relay SOCKET PORT COMMAND ARGS...\n');
  process.exit(2);
}

const SETPRIV = '/usr/bin/setpriv';
const [program, ...prefix] = existsSync(SETPRIV) ? [SETPRIV, '--pdeathsig', 'KILL', command] : [command];
const java = spawn(program, [...prefix, ...args], { stdio: 'inherit' });

const server = createServer((client) => {
  const upstream = connect(Number(port), '127.0.0.1');
  client.pipe(upstream).pipe(client);
  const close = () => {
    client.destroy();
    upstream.destroy();
  };
  // on, not once: an error after the first (a write racing the close) must not end the relay, and Java with it.
  client.on('error', close);
  upstream.on('error', close);
  client.once('close', close);
  upstream.once('close', close);
});
rmSync(socketPath, { force: true });
/** The socket file this relay made: a stack restarted on the same data directory makes its own at the same path. */
let own = null;
server.listen(socketPath, () => {
  chmodSync(socketPath, 0o600);
  own = statSync(socketPath).ino;
});

/** Removes the socket file only while it is still this relay's, never a successor's. */
function removeOwnSocket() {
  try {
    if (own !== null && statSync(socketPath).ino === own) rmSync(socketPath, { force: true });
  } catch {
    // already gone
  }
}

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => java.kill(signal));
}
java.once('exit', (code, signal) => {
  server.close();
  removeOwnSocket();
  process.exit(code ?? (signal ? 1 : 0));
});
