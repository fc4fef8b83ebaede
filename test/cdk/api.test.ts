import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { API_ROUTES, API_STAGE, STACK_OUTPUTS } from '../../lambdas/shared/wiring.js';
import { logicalIdOf, resourcesOf, synthesize } from './synth.js';

const { stack, template } = synthesize();
const apiId = logicalIdOf(stack, stack.api.api);
const allMethods = Object.values(resourcesOf(template, 'AWS::ApiGateway::Method'));
/** The routes' methods; OPTIONS are the CORS preflights API Gateway answers itself. */
const methods = allMethods.filter((method) => method.Properties?.HttpMethod !== 'OPTIONS');

describe('Construct: PipelineApi', () => {
  it('declares one method per wiring route and nothing else', () => {
    // Assess
    expect(methods).toHaveLength(API_ROUTES.length);
    template.resourceCountIs(
      'AWS::ApiGateway::Resource',
      new Set(API_ROUTES.flatMap((r) => prefixes(r.path))).size,
    );
  });

  it('requires the API key on every method but GET /health, which is documented as open', () => {
    // Prepare
    const open = methods.filter((method) => method.Properties?.ApiKeyRequired !== true);

    // Assess
    expect(open).toHaveLength(1);
    expect(API_ROUTES.filter((route) => !route.apiKeyRequired).map((route) => route.path)).toEqual([
      '/health',
    ]);
    const healthResource =
      template.toJSON().Resources[(open[0]!.Properties?.ResourceId as { Ref: string }).Ref];
    expect(healthResource.Properties.PathPart).toBe('health');
  });

  it('proxies every method to the api function', () => {
    // Prepare
    const apiFnId = logicalIdOf(stack, stack.functions.api.fn);

    // Assess
    for (const method of methods) {
      expect(method.Properties?.Integration).toMatchObject({
        Type: 'AWS_PROXY',
        IntegrationHttpMethod: 'POST',
      });
      expect(JSON.stringify(method.Properties?.Integration)).toContain(`"${apiFnId}","Arn"`);
    }
  });

  it('validates parameters on every method and declares path parameters as required', () => {
    // Prepare
    const [validatorId] = Object.keys(resourcesOf(template, 'AWS::ApiGateway::RequestValidator'));
    const withParams = methods.filter(
      (method) => Object.keys((method.Properties?.RequestParameters as object | undefined) ?? {}).length > 0,
    );

    // Assess
    template.hasResourceProperties('AWS::ApiGateway::RequestValidator', {
      RestApiId: { Ref: apiId },
      ValidateRequestParameters: true,
    });
    for (const method of methods) expect(method.Properties?.RequestValidatorId).toEqual({ Ref: validatorId });
    expect(withParams.map((method) => method.Properties?.RequestParameters)).toEqual(
      expect.arrayContaining([{ 'method.request.path.id': true }, { 'method.request.path.slug': true }]),
    );
    expect(withParams).toHaveLength(API_ROUTES.filter((route) => route.path.includes('{')).length);
  });

  it('throttles and caps usage of the API key through a usage plan on the stage', () => {
    // Assess
    template.hasResourceProperties('AWS::ApiGateway::UsagePlan', {
      Throttle: { RateLimit: 20, BurstLimit: 40 },
      Quota: { Limit: 50_000, Period: 'DAY' },
      ApiStages: [{ ApiId: { Ref: apiId }, Stage: Match.anyValue() }],
    });
    template.hasResourceProperties('AWS::ApiGateway::UsagePlanKey', {
      KeyId: { Ref: logicalIdOf(stack, stack.api.apiKey) },
      KeyType: 'API_KEY',
    });
  });

  it('serves the wiring stage with JSON access logs, error logging and stage throttling', () => {
    // Prepare
    const accessLogsId = logicalIdOf(stack, stack.api.accessLogs);

    // Assess
    template.hasResourceProperties('AWS::ApiGateway::Stage', {
      StageName: API_STAGE,
      AccessLogSetting: {
        DestinationArn: { 'Fn::GetAtt': [accessLogsId, 'Arn'] },
        Format: Match.stringLikeRegexp('^\\{"requestId":"\\$context.requestId".*\\}$'),
      },
      MethodSettings: [
        Match.objectLike({
          LoggingLevel: 'ERROR',
          DataTraceEnabled: false,
          ThrottlingRateLimit: 20,
          ThrottlingBurstLimit: 40,
        }),
      ],
      TracingEnabled: false,
    });
  });

  it('outputs the execute-api URL of the stage on AWS', () => {
    // Prepare
    const stageId = logicalIdOf(stack, stack.api.api.deploymentStage);

    // Act
    const value = JSON.stringify(template.toJSON().Outputs[STACK_OUTPUTS.apiUrl].Value);

    // Assess
    expect(value).toMatch(/^\{"Fn::Join":\["",\["https:\/\/",\{"Ref":"Api[0-9A-F]{8}"\},"\.execute-api\./);
    expect(value).toContain(`{"Ref":"${stageId}"},"/"]]}`);
  });

  it('outputs a LocalStack path-style URL under target=localstack', () => {
    // Prepare
    const local = synthesize({ settings: { target: 'localstack' } });
    const localApiId = logicalIdOf(local.stack, local.stack.api.api);

    // Act
    const output = local.template.toJSON().Outputs[STACK_OUTPUTS.apiUrl];

    // Assess
    expect(output.Value).toEqual({
      'Fn::Join': ['', ['http://localhost:4566/_aws/execute-api/', { Ref: localApiId }, `/${API_STAGE}/`]],
    });
  });
});

/** '/a/{b}/c' → ['/a', '/a/{b}', '/a/{b}/c'] */
function prefixes(path: string): string[] {
  const parts = path.split('/').filter(Boolean);
  return parts.map((_, index) => `/${parts.slice(0, index + 1).join('/')}`);
}
