/** The in-process embedded stack as a reconcile target (parse invoked through its own invoker). */
import type { ReconcileTarget } from '../../lambdas/reconcile/index.js';
import { DEFAULT_KEY_SUFFIX } from '../../lambdas/shared/wiring.js';
import { embeddedDynamoDbClient, embeddedS3Client } from '../../local/clients.js';
import { embeddedReconcileTarget } from '../../local/reconcile-target.js';
import type { EmbeddedStack } from '../../local/stack.js';

export function embeddedReconcileTargetOf(stack: EmbeddedStack): ReconcileTarget {
  return embeddedReconcileTarget({
    description: 'embedded stack (test)',
    bucket: stack.bucket,
    region: stack.region,
    suffix: DEFAULT_KEY_SUFFIX,
    tableNames: stack.tableNames,
    s3: embeddedS3Client(stack),
    dynamodb: embeddedDynamoDbClient(stack),
    parse: { invoke: (event) => stack.invokeParse(event as never) },
    deadLetters: stack.deadLetters,
  });
}
