/**
 * One base error for the handlers, subclasses named after what went wrong. Bad input files are never
 * errors (they become rejected ingestion records); these are for misconfiguration and broken contracts,
 * where failing loudly (retry, then dead-letter) is the right outcome.
 */
export class ProvinceWireError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ProvinceWireError';
  }
}

/** A required environment variable is missing or malformed. */
export class ConfigError extends ProvinceWireError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ConfigError';
  }
}

/** An event did not match the schema of its trigger (a wiring bug, not a bad file). */
export class EventValidationError extends ProvinceWireError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'EventValidationError';
  }
}

/**
 * A stream record cannot be applied yet because an earlier change of the same article has not been
 * applied: thrown so the batch reports it as failed and the stream delivers it again later.
 */
export class OutOfOrderError extends ProvinceWireError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'OutOfOrderError';
  }
}

/**
 * A lexicon file of the extraction engine (lambdas/extract/lexicons/<lang>/<concern>.json) does not match
 * its schema: a broken deployment, failed loudly at cold start with the file and the field named.
 */
export class LexiconError extends ProvinceWireError {
  constructor(
    /** The file, as lexicons/<lang>/<concern>.json. */
    readonly file: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${file}: ${message}`, options);
    this.name = 'LexiconError';
  }
}

/**
 * BatchGetItem left keys unprocessed on every attempt (shared/batch-get.ts): the table is throttled, so the
 * caller fails (parse: the event is retried; api: a 503) instead of waiting out its Lambda's timeout.
 */
export class BatchGetUnprocessedError extends ProvinceWireError {
  constructor(
    readonly table: string,
    /** Keys still unprocessed after the last attempt. */
    readonly unprocessed: number,
    readonly attempts: number,
  ) {
    super(`BatchGetItem on table ${table}: ${unprocessed} keys still unprocessed after ${attempts} attempts`);
    this.name = 'BatchGetUnprocessedError';
  }
}
