/** Messages between the stack (parent) and the engine host child process, over the IPC channel. */
import type { LocalCredentials } from '../security/secrets.js';
import type { RawS3Notification } from '../events/s3.js';

export interface EngineHostConfig {
  /** Directory for DynamoDB Local's database file; null keeps it in memory. */
  readonly dynamodbDir: string | null;
  /** Directory s3rver stores objects in. */
  readonly s3Dir: string;
  /** Private directory (700) for the engines' run files: DynamoDB Local's socket and temp directory. */
  readonly runDir: string;
  readonly buckets: readonly string[];
  /** Requests to either engine must be signed (SigV4) with this key pair, for this region. */
  readonly credentials: LocalCredentials;
  readonly region: string;
}

export type HostMessage =
  | {
      readonly type: 'ready';
      readonly s3Port: number;
      readonly dynamodbPort: number;
      readonly javaPid: number;
    }
  | { readonly type: 's3-event'; readonly notification: RawS3Notification }
  | { readonly type: 'flushed'; readonly id: number }
  | { readonly type: 'failed'; readonly message: string };

/**
 * 'flush' asks the host to answer 'flushed' once every notification before it has been sent; 'drain' makes
 * S3 refuse writes from then on (503), then answers like a flush.
 */
export type ParentMessage = { readonly type: 'flush' | 'drain'; readonly id: number };

export const ENGINE_CONFIG_ENV = 'PROVINCEWIRE_ENGINE_CONFIG';
