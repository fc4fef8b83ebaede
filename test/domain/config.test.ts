import { describe, expect, it } from 'vitest';
import { readConfig } from '../../lambdas/shared/config.js';
import { ConfigError } from '../../lambdas/shared/errors.js';
import { DEFAULT_MAX_OBJECT_BYTES } from '../../lambdas/shared/wiring.js';

describe('Function: readConfig', () => {
  it('reads table names and defaults from the wiring variables', () => {
    // Act
    const config = readConfig(['articles', 'metrics'], { ARTICLES_TABLE: 'A', METRICS_TABLE: 'M' });

    // Assess
    expect(config).toEqual({
      tables: { articles: 'A', metrics: 'M' },
      maxObjectBytes: DEFAULT_MAX_OBJECT_BYTES,
      s3ForcePathStyle: false,
    });
  });

  it('parses the byte limit and the path-style flag', () => {
    // Act
    const config = readConfig([], { MAX_OBJECT_BYTES: '1024', S3_FORCE_PATH_STYLE: 'TRUE' });

    // Assess
    expect(config).toMatchObject({ maxObjectBytes: 1024, s3ForcePathStyle: true });
  });

  it.each([
    [{}, /ARTICLES_TABLE is not set/],
    [{ ARTICLES_TABLE: 'A', MAX_OBJECT_BYTES: '-1' }, /MAX_OBJECT_BYTES must be a positive integer/],
    [{ ARTICLES_TABLE: 'A', S3_FORCE_PATH_STYLE: 'yes' }, /S3_FORCE_PATH_STYLE must be true or false/],
  ])('names what is wrong in %j', (env, message) => {
    // Act / Assess
    expect(() => readConfig(['articles'], env)).toThrow(ConfigError);
    expect(() => readConfig(['articles'], env)).toThrow(message);
  });
});
