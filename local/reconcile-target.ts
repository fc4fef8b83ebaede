/** The embedded stack as a reconcile target, in process: parse is invoked through the stack's own invoker. */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';
import { keysOfEvent } from '../lambdas/reconcile/index.js';
import type { ReconcileTarget } from '../lambdas/reconcile/index.js';
import { reconcileClients } from '../lambdas/reconcile/store.js';
import type { TableKey } from '../lambdas/shared/wiring.js';
import type { AsyncInvoker } from './runtime/async-invoker.js';
import type { DeadLetterStore } from './runtime/dead-letters.js';

export function embeddedReconcileTarget(input: {
  readonly description: string;
  readonly bucket: string;
  readonly region: string;
  readonly suffix: string;
  readonly tableNames: Record<TableKey, string>;
  readonly s3: S3Client;
  readonly dynamodb: DynamoDBClient;
  readonly parse: Pick<AsyncInvoker, 'invoke'>;
  readonly deadLetters: Pick<DeadLetterStore, 'list'>;
}): ReconcileTarget {
  return {
    description: input.description,
    bucket: input.bucket,
    region: input.region,
    suffix: input.suffix,
    tables: input.tableNames,
    s3: input.s3,
    clients: reconcileClients(input.dynamodb),
    invokeParse: async (event) => void input.parse.invoke(event),
    deadLetters: async () =>
      input.deadLetters.list().map((letter) => ({
        id: letter.id,
        function: letter.function,
        error: `${letter.error.name}: ${letter.error.message}`,
        keys: keysOfEvent(letter.event),
      })),
  };
}
