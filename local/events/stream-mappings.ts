/** Event source mappings: one stream poller per stream trigger of the wiring, from the table's stream. */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import type { FunctionKey, TableKey } from '../../lambdas/shared/wiring.js';
import { latestStreamArn } from '../engines/create-tables.js';
import { errorSummary } from '../runtime/dead-letters.js';
import type { DeadLetterStore } from '../runtime/dead-letters.js';
import type { FunctionIdentity, LambdaHandler } from '../runtime/lambda-context.js';
import { startStreamPoller } from '../runtime/stream-poller.js';
import type { StreamHandler, StreamPacing, StreamPoller } from '../runtime/stream-poller.js';
import type { StreamTrigger } from '../triggers.js';

export async function startStreamMappings(options: {
  readonly triggers: readonly StreamTrigger[];
  readonly dynamodb: DynamoDBClient;
  readonly streams: DynamoDBStreamsClient;
  readonly region: string;
  readonly tableNames: Record<TableKey, string>;
  readonly handlers: Record<FunctionKey, LambdaHandler>;
  readonly identity: (fn: FunctionKey) => FunctionIdentity;
  readonly deadLetters: DeadLetterStore;
  readonly retryDelayMs: (retry: number) => number;
  readonly pollIntervalMs: number;
  /** A fidelity profile's pacing (one per mapping) and batch splitting, instead of the wiring's. */
  readonly pacing?: () => StreamPacing;
  readonly bisectBatchOnError?: boolean;
  readonly checkpointFile: (table: TableKey) => string | undefined;
  readonly log: (line: string) => void;
  readonly available: () => boolean;
}): Promise<StreamPoller[]> {
  const pollers: StreamPoller[] = [];
  for (const trigger of options.triggers) {
    const streamArn = await latestStreamArn(options.dynamodb, options.tableNames[trigger.table]);
    const checkpointFile = options.checkpointFile(trigger.table);
    pollers.push(
      startStreamPoller({
        streams: options.streams,
        streamArn,
        region: options.region,
        function: trigger.function,
        trigger:
          options.bisectBatchOnError === undefined
            ? trigger
            : { ...trigger, bisectBatchOnError: options.bisectBatchOnError },
        identity: options.identity(trigger.function),
        handler: options.handlers[trigger.function] as StreamHandler,
        deadLetters: options.deadLetters,
        retryDelayMs: options.retryDelayMs,
        pollIntervalMs: options.pollIntervalMs,
        ...(options.pacing ? { pacing: options.pacing() } : {}),
        ...(checkpointFile ? { checkpointFile } : {}),
        onError: (error) => options.log(`stream poller: ${errorSummary(error).message}`),
        available: options.available,
      }),
    );
  }
  return pollers;
}
