import { describe, expect, it } from 'vitest';
import type { FunctionKey } from '../../lambdas/shared/wiring.js';
import { logicalIdOf, synthesize } from './synth.js';

const { stack, template } = synthesize();
type Statement = { Action: string | string[]; Resource: unknown; Effect: string };

/** Every Allow statement attached to a function's role, actions flattened. */
function statementsOf(key: FunctionKey): { actions: string[]; resource: unknown }[] {
  const roleId = logicalIdOf(stack, stack.functions[key].role);
  return Object.values(template.findResources('AWS::IAM::Policy'))
    .filter((policy) => policy.Properties.Roles.some((role: { Ref: string }) => role.Ref === roleId))
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement as Statement[])
    .filter((statement) => statement.Effect === 'Allow')
    .map((statement) => ({ actions: [statement.Action].flat(), resource: statement.Resource }));
}
const actionsOf = (key: FunctionKey): string[] =>
  [...new Set(statementsOf(key).flatMap((s) => s.actions))].sort();
const WRITES = /^(dynamodb:(PutItem|UpdateItem|DeleteItem|BatchWriteItem)|s3:(PutObject|DeleteObject))/;

describe('IAM: least privilege from grants', () => {
  it.each([
    ['parse', []],
    ['metrics', ['dynamodb:ListStreams']],
    ['api', []],
  ] as const)('allows %s nothing on "*" except %j', (key, expected) => {
    // Act
    const onStar = statementsOf(key)
      .filter((statement) => statement.resource === '*' || JSON.stringify(statement.resource).includes('"*"'))
      .flatMap((statement) => statement.actions);

    // Assess
    expect(onStar).toEqual(expected);
  });

  it('lets parse read the upload bucket but never write or delete objects', () => {
    // Act
    const actions = actionsOf('parse');

    // Assess
    expect(actions).toEqual(expect.arrayContaining(['s3:GetObject*', 's3:List*']));
    expect(actions.filter((action) => action.startsWith('s3:Put') || action.startsWith('s3:Delete'))).toEqual(
      [],
    );
  });

  it('scopes the parse S3 read to the upload bucket and its objects only', () => {
    // Act
    const s3Resources = statementsOf('parse')
      .filter((statement) => statement.actions.some((action) => action.startsWith('s3:')))
      .flatMap((statement) => [statement.resource].flat())
      .map((resource) => JSON.stringify(resource));

    // Assess
    expect(s3Resources).toHaveLength(2);
    for (const resource of s3Resources)
      expect(resource).toContain('"provincewire-articles",{"Ref":"AWS::AccountId"}');
  });

  it.each([
    ['parse', ['Articles', 'Ingestions', 'Stories']],
    ['metrics', ['Metrics']],
    ['api', []],
  ] as const)('lets %s write only to %j', (key, tables) => {
    // Prepare
    const expected = tables
      .map((id) => logicalIdOf(stack, stack.tables.tables[id.toLowerCase() as never]))
      .sort();

    // Act
    const written = statementsOf(key)
      .filter((statement) => statement.actions.some((action) => WRITES.test(action)))
      .flatMap((statement) => [statement.resource].flat())
      .map((resource) => JSON.stringify(resource).match(/"(Tables\w+?[0-9A-F]{8})"/)?.[1] ?? 'not a table')
      .filter((id, index, all) => all.indexOf(id) === index)
      .sort();

    // Assess
    expect(written).toEqual(expected);
  });

  it('gives api read actions on all four tables and no write action at all', () => {
    // Act
    const actions = actionsOf('api');

    // Assess
    expect(actions.filter((action) => WRITES.test(action))).toEqual([]);
    expect(actions).toEqual(expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:Query']));
  });

  it.each(['parse', 'metrics', 'api'] as const)('lets %s write logs only to its own log group', (key) => {
    // Prepare
    const logGroupId = logicalIdOf(stack, stack.functions[key].logGroup);

    // Act
    const logs = statementsOf(key).filter((statement) =>
      statement.actions.some((a) => a.startsWith('logs:')),
    );

    // Assess
    expect(logs).toEqual([
      {
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resource: { 'Fn::GetAtt': [logGroupId, 'Arn'] },
      },
    ]);
  });
});

describe('IAM: the reconcile policy', () => {
  const policyId = logicalIdOf(stack, stack.reconcile.policy);
  const policy = template.findResources('AWS::IAM::ManagedPolicy')[policyId];
  const statements = (policy?.Properties.PolicyDocument.Statement ?? []) as Statement[];
  const resourcesOf = (action: string) =>
    statements.filter((s) => [s.Action].flat().includes(action)).flatMap((s) => [s.Resource].flat());
  const ref = (construct: Parameters<typeof logicalIdOf>[1]) => logicalIdOf(stack, construct);

  it('allows exactly what reconcile uses, each on named resources only (no "*")', () => {
    // Assess
    expect(statements.every((s) => s.Effect === 'Allow')).toBe(true);
    expect([...new Set(statements.flatMap((s) => [s.Action].flat()))].sort()).toEqual([
      'dynamodb:Scan',
      'dynamodb:UpdateItem',
      'lambda:InvokeFunction',
      's3:ListBucket',
      'sqs:GetQueueAttributes',
    ]);
    expect(JSON.stringify(statements)).not.toContain('"*"');
    expect(JSON.stringify(statements)).not.toMatch(/s3:(Get|Put|Delete)Object|dynamodb:(PutItem|DeleteItem)/);
  });

  it('writes only to the Metrics table, invokes only parse, and lists only the upload bucket', () => {
    // Assess
    expect(resourcesOf('dynamodb:UpdateItem')).toEqual([
      { 'Fn::GetAtt': [ref(stack.tables.tables.metrics), 'Arn'] },
    ]);
    expect(resourcesOf('lambda:InvokeFunction')).toEqual([
      { 'Fn::GetAtt': [ref(stack.functions.parse.fn), 'Arn'] },
    ]);
    expect(JSON.stringify(resourcesOf('s3:ListBucket'))).toContain(ref(stack.uploads.bucket));
  });

  it('is an output, so an operator can attach it', () => {
    // Assess
    template.hasOutput('ReconcilePolicyArn', { Value: { Ref: policyId } });
  });
});
