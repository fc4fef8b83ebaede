/**
 * npm start: the whole pipeline on this machine, no Docker. Persistent data in .provincewire/ unless
 * --in-memory; Ctrl-C stops every engine.
 */
import { Command, Option } from 'commander';
import {
  adminUrlOf,
  connectionFor,
  DEFAULT_DATA_DIR,
  removeConnection,
  saveConnection,
} from '../local/connection.js';
import { DEFAULT_TIME_SCALE, describeProfile, localstackProfile } from '../local/emulation/localstack.js';
import { startEmbeddedStack } from '../local/stack.js';
import type { EmbeddedStack } from '../local/stack.js';

// The SDK warns on every run that its 2027 releases will need Node 22; the README says so once instead.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const program = new Command()
  .name('npm start --')
  .description('Start the embedded local stack: S3 (s3rver), DynamoDB Local, the three functions, the API.')
  .option('--in-memory', 'keep data in memory only (gone on exit)', false)
  .option('--data-dir <dir>', 'persistent data directory', DEFAULT_DATA_DIR)
  .option('--port <port>', 'port of the local API (default: any free port)', (value) =>
    Number.parseInt(value, 10),
  )
  .addOption(
    new Option('--emulate <target>', "reproduce a target's known differences from AWS (see README)").choices([
      'localstack',
    ]),
  )
  .option(
    '--time-scale <factor>',
    `with --emulate: multiply the target's delays by this (1 = real time)`,
    (value) => Number.parseFloat(value),
    DEFAULT_TIME_SCALE,
  )

  .option('--drain-timeout <seconds>', 'on Ctrl-C, how long in-flight work may take to finish', (value) => {
    const seconds = Number(value);
    if (!Number.isFinite(seconds) || seconds < 0) throw new Error(`--drain-timeout: not seconds: ${value}`);
    return seconds;
  })
  .parse();

const opts = program.opts<{
  inMemory: boolean;
  dataDir: string;
  port?: number;
  emulate?: 'localstack';
  timeScale: number;
  drainTimeout?: number;
}>();
if (!(opts.timeScale > 0)) program.error('--time-scale must be a number above 0');
const profile = opts.emulate === 'localstack' ? localstackProfile(opts.timeScale) : undefined;
const startedAt = Date.now();

function describe(stack: EmbeddedStack, seconds: string, connectionFile: string): string {
  const env = Object.entries(stack.env)
    .filter(([name]) => name.startsWith('AWS_'))
    .map(([name, value]) => `  export ${name}=${value}`)
    .join('\n');
  return [
    `provincewire embedded stack ready in ${seconds} s (${stack.dataDir ? `data in ${stack.dataDir}` : 'in memory'})`,
    '',
    `  dashboard  ${stack.dashboardUrl}   (open in a browser; enter the API key below once)`,
    `  bucket     ${stack.bucket}`,
    `  API        ${stack.apiUrl}   (e.g. curl -H 'x-api-key: ${stack.apiKey}' ${stack.apiUrl}/health)`,
    `  API key    ${stack.apiKey}`,
    `  S3         ${stack.endpoints.s3}   (path-style, credentials ${stack.credentials.accessKeyId}/${stack.credentials.secretAccessKey})`,
    `  DynamoDB   ${stack.endpoints.dynamodb}`,
    `  tables     ${Object.values(stack.tableNames).join(', ')}`,
    `  admin      GET ${adminUrlOf(stack.apiUrl)}/dead-letters (same API key)`,
    '',
    'Drop files:   npm run ingest -- seeds/',
    `   or:        aws s3 cp seeds/ s3://${stack.bucket}/ --recursive   (with the variables below)`,
    env,
    '',
    `Connection info for other CLIs: ${connectionFile}`,
    `Health (no key): ${stack.apiUrl.replace(/\/[^/]+$/, '')}/health`,
    ...(stack.emulating ? ['', describeProfile(stack.emulating)] : []),
    '',
    'Ctrl-C drains in-flight work and stops (press it twice to force).',
  ].join('\n');
}

let stack: EmbeddedStack | undefined;
let stopping = false;
const shutdown = (signal: string) => {
  if (stopping) {
    // A second Ctrl-C: leave now. The engines die with this process; the next start re-drives what was
    // in flight from the bucket.
    process.stdout.write(`\n${signal} again: exiting without draining\n`);
    process.exit(130);
  }
  stopping = true;
  process.stdout.write(`\n${signal}: draining in-flight work, then stopping (again to force)…\n`);
  const done = async () => {
    removeConnection(opts.dataDir);
    await stack?.stop();
  };
  done()
    .then(() => process.exit(0))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
};
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));

try {
  stack = await startEmbeddedStack({
    inMemory: opts.inMemory,
    dataDir: opts.dataDir,
    prebuildDashboard: true,
    ...(opts.port === undefined ? {} : { apiPort: opts.port }),
    ...(profile ? { emulate: profile } : {}),
    ...(opts.drainTimeout === undefined ? {} : { drainTimeoutMs: opts.drainTimeout * 1000 }),
    log: (line) => console.error(`[local] ${line}`),
    onFailure: (reason) => {
      console.error(`[local] stopped: ${reason}`);
      removeConnection(opts.dataDir);
      process.exit(1);
    },
  });
  const connectionFile = saveConnection(opts.dataDir, connectionFor(stack, new Date(startedAt)));
  if (stopping) await stack.stop();
  else console.log(describe(stack, ((Date.now() - startedAt) / 1000).toFixed(1), connectionFile));
} catch (error) {
  console.error(`could not start the local stack: ${error instanceof Error ? error.message : String(error)}`);
  await stack?.stop();
  process.exit(1);
}
