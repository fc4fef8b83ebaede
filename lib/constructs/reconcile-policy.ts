import { ManagedPolicy, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface ReconcilePolicyProps {
  readonly bucket: IBucket;
  readonly articles: ITable;
  readonly ingestions: ITable;
  readonly metrics: ITable;
  readonly parse: IFunction;
  readonly deadLetterQueues: readonly IQueue[];
}

/**
 * What `npm run reconcile` needs on a deployed stack, and nothing more, as a managed policy to attach to
 * whoever runs it: list the bucket (ETags come with the listing; no object is read), scan the three tables,
 * repair the Metrics table (UpdateItem inside TransactWriteItems), invoke the parse function to re-drive an
 * object, and count the dead letters.
 */
export class ReconcilePolicy extends Construct {
  readonly policy: ManagedPolicy;

  constructor(scope: Construct, id: string, props: ReconcilePolicyProps) {
    super(scope, id);
    this.policy = new ManagedPolicy(this, 'Policy', {
      description: 'provincewire: npm run reconcile [--fix] against this stack',
      statements: [
        new PolicyStatement({ actions: ['s3:ListBucket'], resources: [props.bucket.bucketArn] }),
        new PolicyStatement({
          actions: ['dynamodb:Scan'],
          resources: [props.articles.tableArn, props.ingestions.tableArn, props.metrics.tableArn],
        }),
        new PolicyStatement({ actions: ['dynamodb:UpdateItem'], resources: [props.metrics.tableArn] }),
        new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [props.parse.functionArn] }),
        new PolicyStatement({
          actions: ['sqs:GetQueueAttributes'],
          resources: props.deadLetterQueues.map((queue) => queue.queueArn),
        }),
      ],
    });
  }
}
