import type { RemovalPolicy } from 'aws-cdk-lib';
import { Aws, Duration, Fn } from 'aws-cdk-lib';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { CfnPermission } from 'aws-cdk-lib/aws-lambda';
import type { CfnBucket } from 'aws-cdk-lib/aws-s3';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { NagSuppressions } from 'cdk-nag';
import { Construct } from 'constructs';
import { STACK_NAME } from '../../lambdas/shared/wiring.js';

export interface IngestBucketProps {
  readonly removalPolicy: RemovalPolicy;
  readonly keySuffix: string;
  readonly events: readonly string[];
}

/**
 * The upload bucket and its access-log bucket.
 *
 * Notifications are declared natively on AWS::S3::Bucket instead of through CDK's BucketNotifications
 * custom resource: LocalStack community has no provider for that custom resource, and one template should
 * deploy unchanged to both. To avoid the dependency cycle this would otherwise create (bucket → function →
 * role policy → bucket), the bucket has a deterministic name and everything that must exist *before* it
 * (the invoke permission, the function's read policy) refers to it by that name, not by Ref.
 */
export class IngestBucket extends Construct {
  readonly bucket: Bucket;
  readonly logsBucket: Bucket;
  /** The same bucket referenced by name: grant against this to keep the bucket free to depend on them. */
  readonly byName: IBucket;
  private readonly suffix: string;
  private readonly events: readonly string[];

  constructor(scope: Construct, id: string, props: IngestBucketProps) {
    super(scope, id);
    this.suffix = props.keySuffix;
    this.events = props.events;
    const bucketName = Fn.join('-', [STACK_NAME.toLowerCase(), 'articles', Aws.ACCOUNT_ID, Aws.REGION]);

    this.logsBucket = new Bucket(this, 'AccessLogs', {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      removalPolicy: props.removalPolicy,
      lifecycleRules: [{ id: 'expire-access-logs', expiration: Duration.days(90) }],
    });
    NagSuppressions.addResourceSuppressions(this.logsBucket, [
      {
        id: 'AwsSolutions-S1',
        reason: 'This is the access-log destination of the upload bucket; logging it into itself would loop.',
      },
    ]);

    this.bucket = new Bucket(this, 'Uploads', {
      bucketName,
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      versioned: true,
      removalPolicy: props.removalPolicy,
      serverAccessLogsBucket: this.logsBucket,
      serverAccessLogsPrefix: 'uploads/',
      lifecycleRules: [
        {
          id: 'expire-noncurrent-versions',
          noncurrentVersionExpiration: Duration.days(30),
          abortIncompleteMultipartUploadAfter: Duration.days(1),
        },
      ],
    });
    this.byName = Bucket.fromBucketAttributes(this, 'UploadsByName', {
      bucketName,
      bucketArn: Fn.join('', ['arn:', Aws.PARTITION, ':s3:::', bucketName]),
    });
  }

  /** Sends every configured event for keys ending in the suffix to `fn` (asynchronous invocation). */
  notify(fn: IFunction): void {
    const permission = new CfnPermission(this, 'InvokePermission', {
      action: 'lambda:InvokeFunction',
      functionName: fn.functionArn,
      principal: 's3.amazonaws.com',
      sourceAccount: Aws.ACCOUNT_ID,
      sourceArn: this.byName.bucketArn,
    });
    const cfnBucket = this.bucket.node.defaultChild as CfnBucket;
    cfnBucket.notificationConfiguration = {
      lambdaConfigurations: this.events.map((event) => ({
        event,
        function: fn.functionArn,
        filter: { s3Key: { rules: [{ name: 'suffix', value: this.suffix }] } },
      })),
    };
    // S3 checks it may invoke the function when the configuration is written.
    cfnBucket.addResourceDependency(permission);
  }
}
