import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { FUNCTIONS } from '../../lambdas/shared/wiring.js';
import { logicalIdOf, synthesize } from './synth.js';

const { stack, template } = synthesize({ settings: { parseReservedConcurrency: 5 } });
const parseId = logicalIdOf(stack, stack.functions.parse.fn);
const metricsId = logicalIdOf(stack, stack.functions.metrics.fn);
const parseQueueId = logicalIdOf(stack, stack.parseDeadLetters.queue);
const metricsQueueId = logicalIdOf(stack, stack.metricsDeadLetters.queue);

describe('Failure handling: retries and dead-letter queues', () => {
  it('retries asynchronous parse invocations as the wiring says, then sends them to the parse DLQ', () => {
    // Assess
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: parseId },
      Qualifier: '$LATEST',
      MaximumRetryAttempts: FUNCTIONS.parse.async.retryAttempts,
      MaximumEventAgeInSeconds: FUNCTIONS.parse.async.maxEventAgeSeconds,
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [parseQueueId, 'Arn'] } } },
    });
  });

  it('reads the Articles stream into metrics with the wiring batch settings and an on-failure DLQ', () => {
    // Prepare
    const trigger = FUNCTIONS.metrics.trigger;

    // Assess
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: metricsId },
      EventSourceArn: { 'Fn::GetAtt': [logicalIdOf(stack, stack.tables.tables.articles), 'StreamArn'] },
      StartingPosition: trigger.startingPosition,
      BatchSize: trigger.batchSize,
      BisectBatchOnFunctionError: trigger.bisectBatchOnError,
      MaximumRetryAttempts: trigger.retryAttempts,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [metricsQueueId, 'Arn'] } } },
    });
  });

  it.each([
    ['parse', parseQueueId],
    ['metrics', metricsQueueId],
  ])('keeps the %s DLQ encrypted for 14 days', (_name, queueId) => {
    // Assess
    expect(template.toJSON().Resources[queueId].Properties).toEqual({
      MessageRetentionPeriod: 14 * 24 * 3600,
      SqsManagedSseEnabled: true,
    });
  });

  it.each([
    ['parse', parseQueueId],
    ['metrics', metricsQueueId],
  ])('denies non-TLS access to the %s DLQ', (_name, queueId) => {
    // Assess
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: queueId }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Action: 'sqs:*',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      },
    });
  });

  it('lets each function send only to its own DLQ', () => {
    // Prepare
    const sendersOf = (queueId: string): string[] =>
      Object.values(template.findResources('AWS::IAM::Policy'))
        .filter((policy) =>
          JSON.stringify(policy.Properties.PolicyDocument).includes(`"Fn::GetAtt":["${queueId}","Arn"]`),
        )
        .map((policy) => policy.Properties.Roles[0].Ref as string);

    // Act / Assess
    expect(sendersOf(parseQueueId)).toEqual([logicalIdOf(stack, stack.functions.parse.role)]);
    expect(sendersOf(metricsQueueId)).toEqual([logicalIdOf(stack, stack.functions.metrics.role)]);
  });

  it('reserves parse concurrency when the context asks for it', () => {
    // Assess
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ POWERTOOLS_SERVICE_NAME: 'provincewire-parse' }) },
      ReservedConcurrentExecutions: 5,
    });
  });
});
