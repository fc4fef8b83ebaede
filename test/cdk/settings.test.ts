import { describe, expect, it } from 'vitest';
import cdkJson from '../../cdk.json' with { type: 'json' };
import { DEFAULT_KEY_SUFFIX, DEFAULT_MAX_OBJECT_BYTES } from '../../lambdas/shared/wiring.js';
import { pathParameters, requiredPathParameters } from '../../lib/routes.js';
import { CONTEXT_PREFIX, settingsFromContext } from '../../lib/settings.js';

const fromMap =
  (values: Record<string, unknown>) =>
  (key: string): unknown =>
    values[key.slice(CONTEXT_PREFIX.length)];

describe('Function: settingsFromContext', () => {
  it('falls back to defaults derived from the wiring when no context is given', () => {
    // Act
    const result = settingsFromContext(() => undefined);

    // Assess
    expect(result).toEqual({
      ok: true,
      settings: expect.objectContaining({
        target: 'aws',
        keySuffix: DEFAULT_KEY_SUFFIX,
        maxObjectBytes: DEFAULT_MAX_OBJECT_BYTES,
        removalPolicy: 'retain',
        tracing: false,
      }),
    });
    expect(result.ok && result.settings.parseReservedConcurrency).toBeUndefined();
  });

  it('lists in cdk.json exactly the defaults the code falls back to', () => {
    // Act
    const fromCdkJson = settingsFromContext((key) => (cdkJson.context as Record<string, unknown>)[key]);

    // Assess
    expect(fromCdkJson).toEqual(settingsFromContext(() => undefined));
  });

  it.each([
    [
      { tracing: 'true', parseReservedConcurrency: '5', logRetentionDays: '14' },
      { tracing: true, parseReservedConcurrency: 5, logRetentionDays: 14 },
    ],
    [
      { target: 'localstack', removalPolicy: 'destroy' },
      { target: 'localstack', removalPolicy: 'destroy' },
    ],
    [{ parseReservedConcurrency: null }, { parseReservedConcurrency: undefined }],
  ])('accepts -c strings and cdk.json values: %j', (context, expected) => {
    // Act
    const result = settingsFromContext(fromMap(context));

    // Assess
    expect(result).toEqual({ ok: true, settings: expect.objectContaining(expected) });
  });

  it.each([
    [{ target: 'azure' }, 'provincewire:target'],
    [{ logRetentionDays: 31 }, 'provincewire:logRetentionDays'],
    [{ parseReservedConcurrency: 0 }, 'provincewire:parseReservedConcurrency'],
    [{ tracing: 'maybe' }, 'provincewire:tracing'],
  ])('rejects %j with a message naming the key', (context, key) => {
    // Act
    const result = settingsFromContext(fromMap(context));

    // Assess
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toContain(key);
  });
});

describe('Function: pathParameters', () => {
  it.each([
    ['/health', [], {}],
    ['/articles/{id}', ['id'], { 'method.request.path.id': true }],
    ['/provinces/{slug}/metrics', ['slug'], { 'method.request.path.slug': true }],
    [
      '/a/{first}/b/{second}',
      ['first', 'second'],
      { 'method.request.path.first': true, 'method.request.path.second': true },
    ],
    ['/files/{proxy+}', ['proxy'], { 'method.request.path.proxy': true }],
  ])('reads the parameters of %s', (path, names, required) => {
    // Act / Assess
    expect(pathParameters(path)).toEqual(names);
    expect(requiredPathParameters(path)).toEqual(required);
  });
});
