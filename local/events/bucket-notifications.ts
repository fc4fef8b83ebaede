/**
 * Bucket notifications: each object change the local S3 reports becomes the S3 event AWS would send, and
 * goes as an asynchronous invocation to every function whose notification configuration selects it.
 */
import type { S3Event } from 'aws-lambda';
import { STACK_NAME } from '../../lambdas/shared/wiring.js';
import type { AsyncInvoker } from '../runtime/async-invoker.js';
import type { BucketTrigger } from '../triggers.js';
import { createSequencer, selectsNotification, toS3Event } from './s3.js';
import type { RawS3Notification } from './s3.js';

export interface BucketNotifications {
  /** Builds and dispatches the event for one change (the engine host's listener). */
  notify(raw: RawS3Notification): void;
  /** Every S3 event delivered so far (most recent `keep`). */
  delivered(): S3Event[];
}

export function createBucketNotifications(options: {
  readonly bucket: string;
  readonly region: string;
  readonly routes: readonly { readonly trigger: BucketTrigger; readonly invoker: AsyncInvoker }[];
  readonly keep?: number;
}): BucketNotifications {
  const keep = options.keep ?? 1000;
  const sequencer = createSequencer();
  const delivered: S3Event[] = [];
  return {
    notify(raw) {
      const selected = options.routes.filter(({ trigger }) => selectsNotification(trigger, raw));
      if (selected.length === 0) return;
      const event = toS3Event(raw, {
        region: options.region,
        sequencer: sequencer(raw.bucket),
        configurationId: `${STACK_NAME}-${options.bucket}-notification`,
        principalId: 'A1PROVINCEWIRELOCAL',
      });
      delivered.push(event);
      if (delivered.length > keep) delivered.shift();
      for (const { invoker } of selected) invoker.invoke(event);
    },
    delivered: () => [...delivered],
  };
}
