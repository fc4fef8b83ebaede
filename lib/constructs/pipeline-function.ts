import { join } from 'node:path';
import { Duration } from 'aws-cdk-lib';
import type { RemovalPolicy } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { NagSuppressions } from 'cdk-nag';
import { Construct } from 'constructs';
import { ENV, FUNCTIONS, SECRETS, STACK_NAME, TABLES } from '../../lambdas/shared/wiring.js';
import type { FunctionKey, SecretKey, TableKey } from '../../lambdas/shared/wiring.js';
import { LAMBDA_BUNDLE } from '../bundling.js';
import { REPO_ROOT } from '../paths.js';

/** The handlers are bundled for Node 22 (esbuild target below); see the AwsSolutions-L1 reason. */
export const FUNCTION_RUNTIME = Runtime.NODEJS_22_X;

/**
 * ESM output so the handlers' top-level imports and `with { type: 'json' }` imports bundle as written;
 * the banner gives CommonJS dependencies that call `require` a working one.
 */
const ESM_REQUIRE_BANNER =
  "import { createRequire as __pwCreateRequire } from 'node:module';const require = __pwCreateRequire(import.meta.url);";

export interface PipelineFunctionProps {
  readonly key: FunctionKey;
  readonly logRetention: RetentionDays;
  readonly logLevel: string;
  readonly removalPolicy: RemovalPolicy;
  readonly tracing: boolean;
  readonly reservedConcurrency?: number;
  readonly environment: Readonly<Record<string, string>>;
}

/**
 * One pipeline handler as a bundled function with the project's defaults: arm64, memory and timeout from
 * the wiring, an explicit log group with retention, and a role that starts empty: it can write to its own
 * log group and gets everything else from grants (no AWSLambdaBasicExecutionRole, no wildcard logs access).
 */
export class PipelineFunction extends Construct {
  readonly fn: NodejsFunction;
  readonly role: Role;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: PipelineFunctionProps) {
    super(scope, id);
    const definition = FUNCTIONS[props.key];
    this.logGroup = new LogGroup(this, 'Logs', {
      retention: props.logRetention,
      removalPolicy: props.removalPolicy,
    });
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `${STACK_NAME} ${props.key} function`,
    });
    this.fn = new NodejsFunction(this, 'Function', {
      entry: join(REPO_ROOT, definition.entry),
      handler: definition.handler,
      projectRoot: REPO_ROOT,
      depsLockFilePath: join(REPO_ROOT, 'package-lock.json'),
      runtime: FUNCTION_RUNTIME,
      architecture: Architecture.ARM_64,
      memorySize: definition.memoryMb,
      timeout: Duration.seconds(definition.timeoutSeconds),
      role: this.role,
      logGroup: this.logGroup,
      tracing: props.tracing ? Tracing.ACTIVE : Tracing.DISABLED,
      reservedConcurrentExecutions: props.reservedConcurrency,
      environment: {
        [ENV.serviceName]: `${STACK_NAME.toLowerCase()}-${props.key}`,
        [ENV.logLevel]: props.logLevel,
        // Stack traces point into the TypeScript sources through the bundled source map.
        NODE_OPTIONS: '--enable-source-maps',
        ...props.environment,
      },
      bundling: {
        format: OutputFormat.ESM,
        target: LAMBDA_BUNDLE.target,
        mainFields: ['module', 'main'],
        banner: ESM_REQUIRE_BANNER,
        minify: LAMBDA_BUNDLE.minify,
        sourceMap: true,
        sourcesContent: false,
        // Bundle the SDK too: the handlers run against the exact versions the tests ran against.
        externalModules: [],
      },
    });
    this.logGroup.grantWrite(this.role);
    NagSuppressions.addResourceSuppressions(this.fn, [
      {
        id: 'AwsSolutions-L1',
        reason:
          'nodejs22.x is pinned on purpose, not left at a default: the handlers are bundled with esbuild target node22 and this same template is deployed to the pinned LocalStack 4.14 image; moving to a newer runtime is a deliberate upgrade of both.',
      },
    ]);
    if (props.tracing) {
      NagSuppressions.addResourceSuppressions(
        this.role,
        [
          {
            id: 'AwsSolutions-IAM5',
            reason: 'X-Ray PutTraceSegments/PutTelemetryRecords support no resource-level permissions.',
            appliesTo: ['Resource::*'],
          },
        ],
        true,
      );
    }
  }

  /** Grants read of one deployment secret and tells the handler its ARN through the wiring's env var. */
  bindSecret(key: SecretKey, secret: ISecret): void {
    secret.grantRead(this.fn);
    this.fn.addEnvironment(SECRETS[key].envVar, secret.secretArn);
  }

  /** Grants table access and tells the handler the table name through the wiring's env var. */
  bindTable(key: TableKey, table: ITable, access: 'read' | 'readwrite'): void {
    if (access === 'read') table.grantReadData(this.fn);
    else table.grantReadWriteData(this.fn);
    this.fn.addEnvironment(TABLES[key].envVar, table.tableName);
  }
}
