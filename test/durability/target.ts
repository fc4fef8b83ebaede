/** The in-process embedded stack as a reconcile target (parse invoked through its own invoker). */
import type { ReconcileTarget } from '../../lambdas/reconcile/index.js';
import { keysOfEvent } from '../../lambdas/reconcile/index.js';
import { reconcileClients } from '../../lambdas/reconcile/store.js';
import { DEFAULT_KEY_SUFFIX } from '../../lambdas/shared/wiring.js';
import { embeddedDynamoDbClient, embeddedS3Client } from '../../local/clients.js';
import type { EmbeddedStack } from '../../local/stack.js';

export function embeddedReconcileTargetOf(stack: EmbeddedStack): ReconcileTarget {
  return {
    description: 'embedded stack (test)',
    bucket: stack.bucket,
    region: stack.region,
    suffix: DEFAULT_KEY_SUFFIX,
    tables: stack.tableNames,
    s3: embeddedS3Client(stack),
    clients: reconcileClients(embeddedDynamoDbClient(stack)),
    invokeParse: async (event) => void stack.invokeParse(event as never),
    deadLetters: async () =>
      stack.deadLetters.list().map((letter) => ({
        id: letter.id,
        function: letter.function,
        error: `${letter.error.name}: ${letter.error.message}`,
        keys: keysOfEvent(letter.event),
      })),
  };
}
