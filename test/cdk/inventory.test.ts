import { describe, expect, it } from 'vitest';
import { STACK_OUTPUTS } from '../../lambdas/shared/wiring.js';
import { synthesize } from './synth.js';

const { template } = synthesize();
const resources = template.toJSON().Resources as Record<
  string,
  { Type: string; Properties?: unknown; DependsOn?: string | string[] }
>;

/** Logical ids a resource points at through Ref, Fn::GetAtt or DependsOn. */
function dependenciesOf(resource: { Properties?: unknown; DependsOn?: string | string[] }): Set<string> {
  const found = new Set<string>([resource.DependsOn ?? []].flat());
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'Ref' && typeof inner === 'string') found.add(inner);
        else if (key === 'Fn::GetAtt')
          found.add(Array.isArray(inner) ? String(inner[0]) : String(inner).split('.')[0]!);
        else walk(inner);
      }
    }
  };
  walk(resource.Properties);
  return new Set([...found].filter((id) => id in resources));
}

describe('Stack: inventory', () => {
  it('contains exactly these resource types (counts, not logical ids)', () => {
    // Act
    const counts: Record<string, number> = {};
    for (const { Type } of Object.values(resources)) counts[Type] = (counts[Type] ?? 0) + 1;

    // Assess
    expect(Object.fromEntries(Object.entries(counts).sort())).toMatchInlineSnapshot(`
      {
        "AWS::ApiGateway::Account": 1,
        "AWS::ApiGateway::ApiKey": 1,
        "AWS::ApiGateway::Deployment": 1,
        "AWS::ApiGateway::GatewayResponse": 2,
        "AWS::ApiGateway::Method": 25,
        "AWS::ApiGateway::RequestValidator": 1,
        "AWS::ApiGateway::Resource": 13,
        "AWS::ApiGateway::RestApi": 1,
        "AWS::ApiGateway::Stage": 1,
        "AWS::ApiGateway::UsagePlan": 1,
        "AWS::ApiGateway::UsagePlanKey": 1,
        "AWS::CloudFront::Distribution": 1,
        "AWS::CloudFront::OriginAccessControl": 1,
        "AWS::DynamoDB::Table": 4,
        "AWS::IAM::ManagedPolicy": 1,
        "AWS::IAM::Policy": 4,
        "AWS::IAM::Role": 5,
        "AWS::Lambda::EventInvokeConfig": 1,
        "AWS::Lambda::EventSourceMapping": 1,
        "AWS::Lambda::Function": 4,
        "AWS::Lambda::LayerVersion": 1,
        "AWS::Lambda::Permission": 12,
        "AWS::Logs::LogGroup": 4,
        "AWS::S3::Bucket": 3,
        "AWS::S3::BucketPolicy": 3,
        "AWS::SQS::Queue": 2,
        "AWS::SQS::QueuePolicy": 2,
        "AWS::SecretsManager::Secret": 1,
        "Custom::CDKBucketDeployment": 1,
      }
    `);
  });

  it('has one custom resource on AWS, the dashboard’s BucketDeployment, and none under LocalStack (its community edition cannot run CDK custom resource providers)', () => {
    // Prepare
    const local = synthesize({ settings: { target: 'localstack' } }).template.toJSON().Resources as Record<
      string,
      { Type: string }
    >;

    // Assess
    expect(
      Object.values(resources)
        .filter(({ Type }) => Type.startsWith('Custom::'))
        .map(({ Type }) => Type),
    ).toEqual(['Custom::CDKBucketDeployment']);
    expect(Object.values(local).filter(({ Type }) => Type.startsWith('Custom::'))).toEqual([]);
  });

  it('has an acyclic dependency graph, so CloudFormation can order the deployment', () => {
    // Prepare
    const graph = new Map(Object.entries(resources).map(([id, resource]) => [id, dependenciesOf(resource)]));
    const state = new Map<string, 'visiting' | 'done'>();
    const cycles: string[][] = [];
    const visit = (id: string, path: string[]): void => {
      if (state.get(id) === 'done') return;
      if (state.get(id) === 'visiting') {
        cycles.push([...path, id]);
        return;
      }
      state.set(id, 'visiting');
      for (const next of graph.get(id) ?? []) visit(next, [...path, id]);
      state.set(id, 'done');
    };

    // Act
    for (const id of graph.keys()) visit(id, []);

    // Assess
    expect(cycles).toEqual([]);
  });

  it('outputs exactly the wiring output keys', () => {
    // Assess
    expect(Object.keys(template.toJSON().Outputs).sort()).toEqual(Object.values(STACK_OUTPUTS).sort());
  });
});
