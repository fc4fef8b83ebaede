import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { STACK_OUTPUTS } from '../../lambdas/shared/wiring.js';
import { logicalIdOf, resourcesOf, synthesize } from './synth.js';

const { stack, template } = synthesize();
const bucketId = logicalIdOf(stack, stack.dashboard.bucket);
const distributionId = logicalIdOf(stack, stack.dashboard.distribution!);
const originOf = { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [distributionId, 'DomainName'] }]] };

describe('Construct: DashboardSite', () => {
  it('keeps the assets in a private, encrypted, TLS-only bucket', () => {
    // Assess
    template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      },
    });
    const bucket = resourcesOf(template, 'AWS::S3::Bucket')[bucketId]!;
    expect(bucket.Properties?.WebsiteConfiguration).toBeUndefined();
    expect(bucket.Properties?.PublicAccessBlockConfiguration).toMatchObject({ BlockPublicPolicy: true });
  });

  it('serves it through CloudFront with origin access control, and lets only CloudFront read it', () => {
    // Prepare
    const oac = Object.keys(resourcesOf(template, 'AWS::CloudFront::OriginAccessControl'));
    const policy = Object.values(resourcesOf(template, 'AWS::S3::BucketPolicy')).find(
      (p) => JSON.stringify(p.Properties?.Bucket) === JSON.stringify({ Ref: bucketId }),
    );
    const statements = (policy?.Properties?.PolicyDocument as { Statement: Record<string, unknown>[] })
      .Statement;

    // Assess
    expect(oac).toHaveLength(1);
    template.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
      OriginAccessControlConfig: {
        OriginAccessControlOriginType: 's3',
        SigningBehavior: 'always',
        SigningProtocol: 'sigv4',
      },
    });
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        DefaultRootObject: 'index.html',
        Origins: [Match.objectLike({ OriginAccessControlId: { 'Fn::GetAtt': [oac[0], 'Id'] } })],
        DefaultCacheBehavior: Match.objectLike({ ViewerProtocolPolicy: 'redirect-to-https' }),
      }),
    });
    const allows = statements.filter((s) => s.Effect === 'Allow');
    expect(allows.map((s) => s.Principal)).toEqual([{ Service: 'cloudfront.amazonaws.com' }]);
    expect(JSON.stringify(allows[0]!.Condition)).toContain(distributionId);
    expect(JSON.stringify(allows)).not.toContain('"*"');
  });

  it('deploys the assets with a config.json naming the API (its URL, never the key)', () => {
    // Prepare
    const [deployment] = Object.values(resourcesOf(template, 'Custom::CDKBucketDeployment'));
    const text = JSON.stringify(deployment!.Properties);

    // Assess
    expect(deployment!.Properties?.DestinationBucketName).toEqual({ Ref: bucketId });
    expect(deployment!.Properties?.DistributionId).toEqual({ Ref: distributionId });
    // config.json's content is a staged asset; the API's URL reaches it as a deploy-time marker.
    expect(text).toContain('SourceMarkers');
    expect(text).toContain(logicalIdOf(stack, stack.api.api));
    expect(text).not.toMatch(/ApiKey|x-api-key/);
  });

  it('answers CORS for the dashboard’s origin only: the preflights, the gateway errors and the function', () => {
    // Prepare
    const options = Object.values(resourcesOf(template, 'AWS::ApiGateway::Method')).filter(
      (m) => m.Properties?.HttpMethod === 'OPTIONS',
    );
    const apiFn = resourcesOf(template, 'AWS::Lambda::Function')[logicalIdOf(stack, stack.functions.api.fn)]!;

    // Assess: every preflight is API Gateway's mock answering with the CloudFront origin, not '*'.
    expect(options.length).toBeGreaterThan(0);
    for (const method of options) {
      expect(method.Properties?.ApiKeyRequired ?? false).toBe(false);
      const response = JSON.stringify(method.Properties?.Integration);
      expect(response).toContain(distributionId);
      expect(response).not.toContain("'*'");
    }
    const gatewayResponses = Object.values(resourcesOf(template, 'AWS::ApiGateway::GatewayResponse'));
    expect(gatewayResponses.map((r) => r.Properties?.ResponseType).sort()).toEqual([
      'DEFAULT_4XX',
      'DEFAULT_5XX',
    ]);
    for (const r of gatewayResponses)
      expect(JSON.stringify(r.Properties?.ResponseParameters)).toContain(distributionId);
    expect(
      (apiFn.Properties?.Environment as { Variables: Record<string, unknown> }).Variables.DASHBOARD_ORIGIN,
    ).toEqual(originOf);
  });

  it('outputs the dashboard URL', () => {
    // Assess
    template.hasOutput(STACK_OUTPUTS.dashboardUrl, { Value: Match.anyValue() });
  });

  it('serves the same assets from the S3 website endpoint under the LocalStack target, still without public access', () => {
    // Act
    const local = synthesize({ settings: { target: 'localstack' } });

    // Assess
    local.template.resourceCountIs('AWS::CloudFront::Distribution', 0);
    local.template.hasResourceProperties('AWS::S3::Bucket', {
      WebsiteConfiguration: { IndexDocument: 'index.html' },
      PublicAccessBlockConfiguration: Match.objectLike({
        BlockPublicPolicy: true,
        RestrictPublicBuckets: true,
      }),
    });
    // No custom resource there: npm run localstack:deploy uploads the assets (scripts/deploy-dashboard.ts).
    local.template.resourceCountIs('Custom::CDKBucketDeployment', 0);
    expect(JSON.stringify(local.template.toJSON().Outputs[STACK_OUTPUTS.dashboardUrl])).toContain(
      '.s3-website.localhost.localstack.cloud:4566',
    );
  });
});
