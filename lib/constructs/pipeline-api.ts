import { Duration } from 'aws-cdk-lib';
import type { RemovalPolicy } from 'aws-cdk-lib';
import {
  AccessLogFormat,
  ApiKeySourceType,
  EndpointType,
  ResponseType,
  LambdaIntegration,
  LogGroupLogDestination,
  MethodLoggingLevel,
  Period,
  RestApi,
} from 'aws-cdk-lib/aws-apigateway';
import type { IApiKey } from 'aws-cdk-lib/aws-apigateway';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { NagSuppressions } from 'cdk-nag';
import { Construct } from 'constructs';
import {
  API_ROUTES,
  API_STAGE,
  CORS_ALLOW_HEADERS,
  CORS_ALLOW_METHODS,
  FUNCTIONS,
  STACK_NAME,
} from '../../lambdas/shared/wiring.js';
import { requiredPathParameters } from '../routes.js';

export interface PipelineApiProps {
  readonly handler: IFunction;
  readonly logRetention: RetentionDays;
  readonly removalPolicy: RemovalPolicy;
  readonly tracing: boolean;
  readonly rateLimit: number;
  readonly burstLimit: number;
  readonly quotaPerDay: number;
  /**
   * The dashboard's origin (e.g. https://d123.cloudfront.net): the only origin preflights and the
   * gateway's own error answers allow. The function adds the same header to its answers. None: no CORS.
   */
  readonly corsOrigin?: string;
}

/**
 * REST API (v1: LocalStack community serves it, HTTP APIs it does not) with one Lambda proxy method per
 * wiring route, every method behind an API key, a usage plan, parameter validation and JSON access logs.
 */
export class PipelineApi extends Construct {
  readonly api: RestApi;
  readonly apiKey: IApiKey;
  readonly accessLogs: LogGroup;

  constructor(scope: Construct, id: string, props: PipelineApiProps) {
    super(scope, id);
    const trigger = FUNCTIONS.api.trigger;
    this.accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: props.logRetention,
      removalPolicy: props.removalPolicy,
    });
    this.api = new RestApi(this, 'Api', {
      restApiName: `${STACK_NAME}-api`,
      description: 'Articles, per-province figures and ingestion status.',
      endpointTypes: [EndpointType.REGIONAL],
      apiKeySourceType: ApiKeySourceType.HEADER,
      // Account-level role that lets API Gateway write execution and access logs.
      cloudWatchRole: true,
      deployOptions: {
        stageName: API_STAGE,
        accessLogDestination: new LogGroupLogDestination(this.accessLogs),
        accessLogFormat: AccessLogFormat.jsonWithStandardFields(),
        loggingLevel: MethodLoggingLevel.ERROR,
        dataTraceEnabled: false,
        metricsEnabled: true,
        tracingEnabled: props.tracing,
        throttlingRateLimit: props.rateLimit,
        throttlingBurstLimit: props.burstLimit,
      },
      // Preflights are answered by API Gateway (mock integrations, no key: browsers send none), for the
      // dashboard's origin only.
      ...(props.corsOrigin
        ? {
            defaultCorsPreflightOptions: {
              allowOrigins: [props.corsOrigin],
              allowMethods: [...CORS_ALLOW_METHODS],
              allowHeaders: [...CORS_ALLOW_HEADERS],
              maxAge: Duration.minutes(10),
            },
          }
        : {}),
    });
    if (props.corsOrigin) {
      // A refused key (403) or throttling (429) must reach the dashboard readable, not as a CORS failure.
      for (const [id, type] of [
        ['Default4xx', ResponseType.DEFAULT_4XX],
        ['Default5xx', ResponseType.DEFAULT_5XX],
      ] as const) {
        this.api.addGatewayResponse(id, {
          type,
          responseHeaders: {
            'Access-Control-Allow-Origin': `'${props.corsOrigin}'`,
            Vary: "'Origin'",
          },
        });
      }
    }
    // The stack declares its own ApiUrl output (LocalStack needs another URL form); drop CDK's default one.
    this.api.node.tryRemoveChild('Endpoint');

    const validator = this.api.addRequestValidator('ParameterValidator', {
      requestValidatorName: 'parameters-and-body',
      validateRequestParameters: true,
      // Every route is a GET without a body model, so this checks nothing today; it keeps future
      // routes with a model validated without a second validator.
      validateRequestBody: true,
    });
    const integration = new LambdaIntegration(props.handler, { proxy: true, allowTestInvoke: false });
    for (const route of API_ROUTES) {
      this.api.root.resourceForPath(route.path).addMethod(route.method, integration, {
        apiKeyRequired: trigger.apiKeyRequired && route.apiKeyRequired,
        requestValidator: validator,
        requestParameters: requiredPathParameters(route.path),
      });
    }

    this.apiKey = this.api.addApiKey('ApiKey', { description: `${STACK_NAME} API key` });
    const plan = this.api.addUsagePlan('UsagePlan', {
      name: `${STACK_NAME}-plan`,
      throttle: { rateLimit: props.rateLimit, burstLimit: props.burstLimit },
      quota: { limit: props.quotaPerDay, period: Period.DAY },
    });
    plan.addApiKey(this.apiKey);
    plan.addApiStage({ stage: this.api.deploymentStage });

    NagSuppressions.addResourceSuppressions(
      this.api,
      [
        {
          id: 'AwsSolutions-APIG4',
          reason:
            'Callers hold the stack API key (apiKeyRequired on every method but GET /health, which reports liveness only, and the CORS preflights, which browsers send without headers; usage plan with throttle and quota); the API serves read-only aggregates of public news, so no per-user identity is needed.',
        },
        {
          id: 'AwsSolutions-COG4',
          reason:
            'No end users and no Cognito user pool: access is by API key and usage plan, for read-only public-news aggregates.',
        },
        {
          id: 'AwsSolutions-APIG3',
          reason:
            'Per-key throttling and a daily quota in the usage plan, plus stage throttling, bound abuse of this read-only API; a WAF web ACL would also not deploy to LocalStack community, where the same template runs.',
        },
      ],
      true,
    );
    NagSuppressions.addResourceSuppressions(
      this.api,
      [
        {
          id: 'AwsSolutions-IAM4',
          reason:
            'API Gateway needs one account-level CloudWatch role to write the required access and execution logs; AWS publishes the managed policy for exactly that role.',
          appliesTo: [
            'Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs',
          ],
        },
      ],
      true,
    );
  }
}
