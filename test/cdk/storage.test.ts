import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { BUCKET_EVENTS, DEFAULT_KEY_SUFFIX } from '../../lambdas/shared/wiring.js';
import { logicalIdOf, synthesize } from './synth.js';

const { stack, template } = synthesize();
// One more synthesis, with every storage-related context value changed.
const custom = synthesize({ settings: { keySuffix: '.md', removalPolicy: 'destroy' } });
const uploadsId = logicalIdOf(stack, stack.uploads.bucket);
const logsId = logicalIdOf(stack, stack.uploads.logsBucket);
const parseId = logicalIdOf(stack, stack.functions.parse.fn);
const bucketProps = (id: string): Record<string, unknown> =>
  (template.toJSON().Resources[id] as { Properties: Record<string, unknown> }).Properties;

describe('Construct: IngestBucket', () => {
  it.each([
    ['uploads', uploadsId],
    ['access logs', logsId],
  ])('encrypts the %s bucket with S3-managed keys and blocks all public access', (_name, id) => {
    // Prepare / Act
    const props = bucketProps(id);

    // Assess
    expect(props.BucketEncryption).toEqual({
      ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
    });
    expect(props.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
  });

  it.each([
    ['uploads', uploadsId],
    ['access logs', logsId],
  ])('denies every non-TLS request to the %s bucket', (_name, id) => {
    // Assess
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: id },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Principal: { AWS: '*' },
            Action: 's3:*',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      },
    });
  });

  it('versions uploads and expires noncurrent versions and abandoned multipart uploads', () => {
    // Prepare / Act
    const props = bucketProps(uploadsId);

    // Assess
    expect(props.VersioningConfiguration).toEqual({ Status: 'Enabled' });
    expect(props.LifecycleConfiguration).toEqual({
      Rules: [
        expect.objectContaining({
          Status: 'Enabled',
          NoncurrentVersionExpiration: { NoncurrentDays: 30 },
          AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 },
        }),
      ],
    });
  });

  it('writes server access logs of uploads to the logs bucket', () => {
    // Assess
    expect(bucketProps(uploadsId).LoggingConfiguration).toEqual({
      DestinationBucketName: { Ref: logsId },
      LogFilePrefix: 'uploads/',
    });
  });

  it('sends every wiring event for keys with the default suffix to the parse function', () => {
    // Prepare / Act
    const configuration = bucketProps(uploadsId).NotificationConfiguration as {
      LambdaConfigurations: unknown[];
    };

    // Assess
    expect(configuration.LambdaConfigurations).toEqual(
      BUCKET_EVENTS.map((event) => ({
        Event: event,
        Function: { 'Fn::GetAtt': [parseId, 'Arn'] },
        Filter: { S3Key: { Rules: [{ Name: 'suffix', Value: DEFAULT_KEY_SUFFIX }] } },
      })),
    );
  });

  it('lets S3 invoke parse only from this account, and creates that permission before the bucket', () => {
    // Prepare
    const [permissionId] = Object.entries(template.findResources('AWS::Lambda::Permission')).find(
      ([, resource]) =>
        (resource as { Properties: { Principal: string } }).Properties.Principal === 's3.amazonaws.com',
    ) ?? ['missing'];

    // Act
    const bucket = template.toJSON().Resources[uploadsId] as { DependsOn?: string[] };

    // Assess
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Principal: 's3.amazonaws.com',
      FunctionName: { 'Fn::GetAtt': [parseId, 'Arn'] },
      SourceAccount: { Ref: 'AWS::AccountId' },
      SourceArn: Match.anyValue(),
    });
    expect(bucket.DependsOn).toContain(permissionId);
  });

  it('takes the key suffix from context', () => {
    // Prepare / Act
    const props = (
      custom.template.toJSON().Resources[logicalIdOf(custom.stack, custom.stack.uploads.bucket)] as {
        Properties: { NotificationConfiguration: { LambdaConfigurations: { Filter: unknown }[] } };
      }
    ).Properties;

    // Assess
    for (const configuration of props.NotificationConfiguration.LambdaConfigurations) {
      expect(configuration.Filter).toEqual({ S3Key: { Rules: [{ Name: 'suffix', Value: '.md' }] } });
    }
  });

  it.each([
    ['retains buckets by default', template, 'Retain'],
    ['deletes buckets with removalPolicy=destroy', custom.template, 'Delete'],
  ])('%s', (_name, synthesized, expected) => {
    // Prepare / Act
    const buckets = Object.values(synthesized.findResources('AWS::S3::Bucket')) as {
      DeletionPolicy: string;
    }[];

    // Assess: uploads, their access logs and the dashboard's assets.
    expect(buckets.map((bucket) => bucket.DeletionPolicy)).toEqual([expected, expected, expected]);
  });
});
