/**
 * npm run reconcile [-- --outputs cdk.out/outputs.json] [--data-dir DIR] [--fix]
 * Compares the bucket with the ingestion records and articles, the Metrics table with its recomputation
 * from the articles, and lists dead letters; prints what is missing, stale or wrong, with counts. --fix
 * re-drives missing and stale objects through the parse function (an asynchronous invocation, as an S3
 * notification is) and repairs the metrics in conditioned transactions. Exit status: 0 when in step (or
 * fixed), 1 when differences remain, 2 when the pipeline cannot be reached.
 */
import { Command } from 'commander';
import { formatReport, reconcile } from '../lambdas/reconcile/index.js';
import { DEFAULT_DATA_DIR } from '../local/connection.js';
import { deployedTarget, embeddedTarget } from './reconcile-targets.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

interface Options {
  readonly outputs?: string;
  readonly dataDir: string;
  readonly fix: boolean;
  readonly wait: number;
}

const program = new Command()
  .name('npm run reconcile --')
  .description('Compare the bucket, the records and the metrics of a pipeline; --fix re-drives and repairs')
  .option('--outputs <file>', 'a deployed stack: the outputs file of `cdk deploy --outputs-file`')
  .option('--data-dir <dir>', 'data directory of the embedded stack', DEFAULT_DATA_DIR)
  .option('--fix', 're-drive missing and stale objects, repair the metrics', false)
  .option(
    '--wait <seconds>',
    'after --fix, how long to wait for the re-driven objects',
    (v) => {
      const n = Number(v);
      if (!Number.isFinite(n) || n < 0) throw new Error(`--wait: not a number of seconds: ${v}`);
      return n;
    },
    60,
  )
  .action(async (opts: Options) => {
    const resolved = opts.outputs ? deployedTarget(opts.outputs) : embeddedTarget(opts.dataDir);
    if (!resolved.ok) {
      process.stderr.write(`reconcile: ${resolved.reason}\n`);
      process.exitCode = 2;
      return;
    }
    const { target } = resolved;
    const report = await reconcile(target, { fix: opts.fix });
    process.stdout.write(formatReport(report));
    if (!opts.fix || report.differences === 0) {
      process.exitCode = report.differences === 0 ? 0 : 1;
      return;
    }
    // The re-driven events run asynchronously: look again until in step or out of time.
    const deadline = Date.now() + opts.wait * 1000;
    let after = await reconcile(target);
    while (after.differences > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      after = await reconcile(target);
    }
    process.stdout.write(`\nafter --fix:\n${formatReport(after)}`);
    process.exitCode = after.differences === 0 ? 0 : 1;
  });

await program.parseAsync();
