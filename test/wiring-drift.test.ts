import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FUNCTIONS, SECRETS, TABLES } from '../lambdas/shared/wiring.js';
import type { FunctionKey, SecretKey, TableKey } from '../lambdas/shared/wiring.js';
import { localSecretFiles } from '../local/data-dir.js';
import { localEnvironment } from '../local/engines/environment.js';
import { localTableNames, tableCreateInputs, timeToLiveInputs } from '../local/engines/tables.js';
import { localTriggers } from '../local/triggers.js';
import { logicalIdOf, synthesize } from './cdk/synth.js';

/**
 * The CDK stack and the embedded local stack are both built from lambdas/shared/wiring.ts. This compares
 * what each side actually produces (the synthesized template vs the local CreateTable inputs and trigger
 * list), so a change to either builder alone fails here.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- template JSON is untyped; the assertions check its shape.
type Cfn = Record<string, any>;

const { stack, template } = synthesize();
const resources = template.toJSON().Resources as Record<string, { Type: string; Properties: Cfn }>;
const KEYS = Object.keys(TABLES) as TableKey[];
const names = localTableNames();
const local = localTriggers();

const byName = <T extends { AttributeName?: string; IndexName?: string }>(items: readonly T[] = []): T[] =>
  [...items].sort((a, b) =>
    String(a.AttributeName ?? a.IndexName).localeCompare(String(b.AttributeName ?? b.IndexName)),
  );

/** The parts of a table both sides must agree on, in CreateTable's shape. */
function tableShape(table: Cfn) {
  return {
    KeySchema: table.KeySchema,
    AttributeDefinitions: byName(table.AttributeDefinitions),
    GlobalSecondaryIndexes: byName(
      (table.GlobalSecondaryIndexes ?? []).map((index: Cfn) => ({
        IndexName: index.IndexName,
        KeySchema: index.KeySchema,
        Projection: { ProjectionType: index.Projection.ProjectionType },
      })),
    ),
    StreamViewType: table.StreamSpecification?.StreamViewType,
    BillingMode: table.BillingMode,
  };
}

describe('Wiring drift: CDK template vs embedded local stack', () => {
  it.each(KEYS)('builds table %s identically (keys, attribute types, GSIs, stream, billing)', (key) => {
    // Prepare
    const cdkTable = resources[logicalIdOf(stack, stack.tables.tables[key])]!.Properties;
    const localTable = tableCreateInputs(names).find((input) => input.TableName === names[key]);

    // Act
    const cdkShape = tableShape(cdkTable);
    const localShape = tableShape({
      ...localTable,
      StreamSpecification: localTable?.StreamSpecification?.StreamEnabled
        ? localTable.StreamSpecification
        : undefined,
    });

    // Assess
    expect(localTable).toBeDefined();
    expect(cdkShape).toEqual(localShape);
  });

  it.each(KEYS)('expires items of table %s on the same attribute', (key) => {
    // Prepare
    const cdkTtl =
      resources[logicalIdOf(stack, stack.tables.tables[key])]!.Properties.TimeToLiveSpecification;

    // Act
    const localTtl = timeToLiveInputs(names).find((input) => input.TableName === names[key]);

    // Assess
    expect(cdkTtl).toEqual(localTtl?.TimeToLiveSpecification);
  });

  it('has the same tables on both sides', () => {
    // Assess
    expect(Object.values(resources).filter((r) => r.Type === 'AWS::DynamoDB::Table')).toHaveLength(
      tableCreateInputs(names).length,
    );
  });

  it('delivers the same bucket events, with the same key filter, to the same function', () => {
    // Prepare
    const bucket = resources[logicalIdOf(stack, stack.uploads.bucket)]!.Properties;
    const functionIds = Object.fromEntries(
      (Object.keys(stack.functions) as (keyof typeof stack.functions)[]).map((key) => [
        logicalIdOf(stack, stack.functions[key].fn),
        key,
      ]),
    );

    // Act
    const cdk = bucket.NotificationConfiguration.LambdaConfigurations.map((configuration: Cfn) => ({
      function: functionIds[configuration.Function['Fn::GetAtt'][0]],
      event: configuration.Event,
      filter: Object.fromEntries(
        configuration.Filter.S3Key.Rules.map((rule: { Name: string; Value: string }) => [
          rule.Name,
          rule.Value,
        ]),
      ),
    }));
    const expected = local.bucket.flatMap((trigger) =>
      trigger.events.map((event) => ({ function: trigger.function, event, filter: trigger.filter })),
    );

    // Assess
    expect(cdk).toEqual(expected);
  });

  it('retries failed bucket events like the local stack does', () => {
    // Prepare
    const [trigger] = local.bucket;
    const config = Object.values(resources).find(
      (r) => r.Type === 'AWS::Lambda::EventInvokeConfig',
    )!.Properties;

    // Act / Assess
    expect({
      function: config.FunctionName.Ref,
      retryAttempts: config.MaximumRetryAttempts,
      maxEventAgeSeconds: config.MaximumEventAgeInSeconds,
    }).toEqual({
      function: logicalIdOf(stack, stack.functions[trigger!.function].fn),
      ...trigger!.async,
    });
  });

  it('polls the same stream into the same function with the same batch settings', () => {
    // Prepare
    const mappings = Object.values(resources).filter((r) => r.Type === 'AWS::Lambda::EventSourceMapping');

    // Act
    const cdk = mappings.map(({ Properties: mapping }) => {
      const tableId = mapping.EventSourceArn['Fn::GetAtt'][0] as string;
      const table = KEYS.find((key) => logicalIdOf(stack, stack.tables.tables[key]) === tableId);
      const fn = (Object.keys(stack.functions) as (keyof typeof stack.functions)[]).find(
        (key) => logicalIdOf(stack, stack.functions[key].fn) === mapping.FunctionName.Ref,
      );
      return {
        function: fn,
        table,
        streamViewType: resources[tableId]!.Properties.StreamSpecification.StreamViewType,
        batchSize: mapping.BatchSize,
        bisectBatchOnError: mapping.BisectBatchOnFunctionError,
        retryAttempts: mapping.MaximumRetryAttempts,
        reportBatchItemFailures: (mapping.FunctionResponseTypes ?? []).includes('ReportBatchItemFailures'),
        startingPosition: mapping.StartingPosition,
      };
    });
    const expected = local.streams.map(({ kind: _kind, functionId: _id, ...rest }) => rest);

    // Assess
    expect(cdk).toEqual(expected);
  });

  it('routes the same methods and paths, with the same API key requirement, to the same function', () => {
    // Prepare
    const pathOf = (resourceId: string): string => {
      const resource = resources[resourceId]!.Properties;
      const parent = resource.ParentId.Ref as string | undefined;
      const prefix = parent && resources[parent]?.Type === 'AWS::ApiGateway::Resource' ? pathOf(parent) : '';
      return `${prefix}/${resource.PathPart}`;
    };
    const apiFnId = logicalIdOf(stack, stack.functions.api.fn);
    const stage = Object.values(resources).find((r) => r.Type === 'AWS::ApiGateway::Stage')!.Properties;

    // Act
    const methods = Object.values(resources)
      .filter((r) => r.Type === 'AWS::ApiGateway::Method' && r.Properties.HttpMethod !== 'OPTIONS')
      .map(({ Properties: method }) => ({
        method: method.HttpMethod,
        path: pathOf(method.ResourceId.Ref),
        apiKeyRequired: method.ApiKeyRequired,
        toApi: JSON.stringify(method.Integration).includes(`"${apiFnId}","Arn"`),
      }));
    const [api] = local.api;

    // Assess
    expect(local.api).toHaveLength(1);
    expect(api!.function).toBe('api');
    expect(stage.StageName).toBe(api!.stage);
    expect(methods).toEqual(api!.routes.map((route) => ({ ...route, toApi: true })));
  });

  it('generates the same per-deployment secrets, and gives them to the functions the wiring names', () => {
    // Prepare
    const SECRET_KEYS = Object.keys(SECRETS) as SecretKey[];
    const FUNCTION_KEYS = Object.keys(FUNCTIONS) as FunctionKey[];
    const secretIds = SECRET_KEYS.map((key) => logicalIdOf(stack, stack.secrets.secrets[key]));
    const policies = Object.values(resources).filter((r) => r.Type === 'AWS::IAM::Policy');
    const dir = mkdtempSync(join(tmpdir(), 'provincewire-secrets-'));

    try {
      // Act: which secret each function is told of (env) and may read (its role's policies), on the CDK side.
      const cdk = FUNCTION_KEYS.map((fn) => {
        const { Properties } = resources[logicalIdOf(stack, stack.functions[fn].fn)]!;
        const roleId = logicalIdOf(stack, stack.functions[fn].role);
        const statements = policies
          .filter((p) => (p.Properties.Roles as Cfn[]).some((r) => r.Ref === roleId))
          .flatMap((p) => p.Properties.PolicyDocument.Statement as Cfn[]);
        const reads = (secretId: string) =>
          statements.some(
            (st) =>
              [st.Action].flat().includes('secretsmanager:GetSecretValue') &&
              [st.Resource].flat().some((r: Cfn) => r.Ref === secretId),
          );
        return {
          function: fn,
          told: SECRET_KEYS.filter(
            (key, i) => Properties.Environment.Variables[SECRETS[key].envVar]?.Ref === secretIds[i],
          ),
          reads: SECRET_KEYS.filter((_, i) => reads(secretIds[i]!)),
        };
      });
      const files = localSecretFiles(dir);
      const first = SECRET_KEYS.map((key) => readFileSync(files[key], 'utf8'));
      localSecretFiles(dir);
      const env = localEnvironment({
        endpoints: { s3: 'http://127.0.0.1:1', dynamodb: 'http://127.0.0.1:2' },
        tableNames: names,
        credentials: { accessKeyId: 'AKIAEXAMPLEEXAMPLE00', secretAccessKey: 'x'.repeat(40) },
        bucket: 'b',
        secretFiles: files,
      });

      // Assess: the wiring's functions, and no other, read each secret; the embedded stack keeps one file per
      // secret (600), created once, and names it to its handlers.
      expect(Object.values(resources).filter((r) => r.Type === 'AWS::SecretsManager::Secret')).toHaveLength(
        SECRET_KEYS.length,
      );
      expect(cdk).toEqual(
        FUNCTION_KEYS.map((fn) => ({
          function: fn,
          told: [...FUNCTIONS[fn].secrets],
          reads: [...FUNCTIONS[fn].secrets],
        })),
      );
      expect(Object.keys(files).sort()).toEqual([...SECRET_KEYS].sort());
      for (const key of SECRET_KEYS) {
        expect(env[SECRETS[key].fileEnvVar]).toBe(files[key]);
        expect(statSync(files[key]).mode & 0o777).toBe(0o600);
        expect(readFileSync(files[key], 'utf8').trim()).toMatch(/^[0-9a-f]{64}$/);
      }
      expect(SECRET_KEYS.map((key) => readFileSync(files[key], 'utf8'))).toEqual(first);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
