import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_OBJECT_BYTES, ENV, FUNCTIONS, TABLES } from '../../lambdas/shared/wiring.js';
import type { FunctionKey, TableKey } from '../../lambdas/shared/wiring.js';
import { logicalIdOf, removeAssembly, synthesize } from './synth.js';

// The only file that runs esbuild: it proves the real handlers bundle.
const { app, stack, template } = synthesize({ bundle: true, keepAssembly: true });
afterAll(() => removeAssembly(app));
const assembly = app.synth();
const KEYS = Object.keys(FUNCTIONS) as FunctionKey[];
type FunctionProps = {
  Runtime: string;
  Architectures: string[];
  MemorySize: number;
  Timeout: number;
  Handler: string;
  Environment: { Variables: Record<string, unknown> };
  LoggingConfig: { LogGroup: unknown };
  Code: { S3Key: string };
  ReservedConcurrentExecutions?: number;
};
const propsOf = (key: FunctionKey): FunctionProps =>
  (template.toJSON().Resources[logicalIdOf(stack, stack.functions[key].fn)] as { Properties: FunctionProps })
    .Properties;

describe('Construct: PipelineFunction', () => {
  it.each(KEYS)('runs %s on nodejs22.x, arm64, with memory and timeout from the wiring', (key) => {
    // Act
    const props = propsOf(key);

    // Assess
    expect(props).toMatchObject({
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      MemorySize: FUNCTIONS[key].memoryMb,
      Timeout: FUNCTIONS[key].timeoutSeconds,
      Handler: `index.${FUNCTIONS[key].handler}`,
    });
  });

  it.each(KEYS)('gives %s the Powertools settings, the size limit and exactly its tables', (key) => {
    // Prepare
    const tables = Object.keys(FUNCTIONS[key].tables) as TableKey[];
    const expected = Object.fromEntries(
      tables.map((table) => [TABLES[table].envVar, { Ref: logicalIdOf(stack, stack.tables.tables[table]) }]),
    );

    // Act
    const variables = propsOf(key).Environment.Variables;

    // Assess
    expect(variables).toMatchObject({
      [ENV.serviceName]: `provincewire-${key}`,
      [ENV.logLevel]: 'INFO',
      [ENV.maxObjectBytes]: String(DEFAULT_MAX_OBJECT_BYTES),
      [ENV.s3ForcePathStyle]: 'false',
      NODE_OPTIONS: '--enable-source-maps',
      ...expected,
    });
    const tableVars = Object.values(TABLES).map((table) => table.envVar);
    expect(
      Object.keys(variables)
        .filter((name) => tableVars.includes(name as never))
        .sort(),
    ).toEqual(Object.keys(expected).sort());
  });

  it.each(KEYS)('logs %s to its own log group kept 30 days', (key) => {
    // Prepare
    const logGroupId = logicalIdOf(stack, stack.functions[key].logGroup);

    // Act
    const props = propsOf(key);

    // Assess
    expect(props.LoggingConfig).toEqual({ LogGroup: { Ref: logGroupId } });
    expect(template.toJSON().Resources[logGroupId]).toMatchObject({
      Properties: { RetentionInDays: 30 },
      DeletionPolicy: 'Retain',
    });
  });

  it('reserves no concurrency for parse by default', () => {
    // Assess
    expect(propsOf('parse').ReservedConcurrentExecutions).toBeUndefined();
  });

  it.each(KEYS)('bundles %s as ESM exporting the handler, with a require shim and a source map', (key) => {
    // Prepare
    const assetDir = join(assembly.directory, `asset.${propsOf(key).Code.S3Key.replace(/\.zip$/, '')}`);

    // Act
    const code = readFileSync(join(assetDir, 'index.mjs'), 'utf8');

    // Assess
    expect(code.startsWith("import { createRequire as __pwCreateRequire } from 'node:module';")).toBe(true);
    expect(code).toMatch(/export\s*\{[^}]*\bas handler\b[^}]*\}|export\s*\{\s*\w+ as handler/);
    expect(existsSync(join(assetDir, 'index.mjs.map'))).toBe(true);
  });

  it.each(KEYS)('gives %s a role with no managed policy (no AWSLambdaBasicExecutionRole)', (key) => {
    // Act
    const role = template.toJSON().Resources[logicalIdOf(stack, stack.functions[key].role)];

    // Assess
    expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    expect(role.Properties.AssumeRolePolicyDocument.Statement).toEqual([
      expect.objectContaining({ Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }),
    ]);
  });
});
