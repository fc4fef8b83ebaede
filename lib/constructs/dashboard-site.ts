import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AssetHashType, Aws, DockerImage, Fn, Stack } from 'aws-cdk-lib';
import type { RemovalPolicy } from 'aws-cdk-lib';
import {
  Distribution,
  HttpVersion,
  PriceClass,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption } from 'aws-cdk-lib/aws-s3';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { NagSuppressions } from 'cdk-nag';
import { Construct } from 'constructs';
import { writeDashboardSync } from '../../dashboard/build.js';
import { STACK_NAME } from '../../lambdas/shared/wiring.js';

export interface DashboardSiteProps {
  readonly removalPolicy: RemovalPolicy;
  /** Where the bucket's access logs (and CloudFront's) go. */
  readonly logsBucket: IBucket;
  /**
   * aws: CloudFront with origin access control in front of the private bucket. localstack: LocalStack's
   * free edition has no CloudFront; the same bucket is served by LocalStack's S3 website endpoint.
   */
  readonly target: 'aws' | 'localstack';
  readonly localstackEndpoint: string;
}

const DASHBOARD_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dashboard');

/**
 * The dashboard's static assets: a private, encrypted bucket (no public access, TLS only) behind
 * CloudFront with origin access control. The API's URL reaches the browser in config.json, deployed with
 * the assets (deploy()); the API key never does: the user enters it.
 */
export class DashboardSite extends Construct {
  readonly bucket: Bucket;
  readonly distribution?: Distribution;
  /** The dashboard's origin, e.g. https://d111111abcdef8.cloudfront.net: the API's one CORS origin. */
  readonly origin: string;
  readonly url: string;

  constructor(scope: Construct, id: string, props: DashboardSiteProps) {
    super(scope, id);
    const localstack = props.target === 'localstack';
    const bucketName = Fn.join('-', [STACK_NAME.toLowerCase(), 'dashboard', Aws.ACCOUNT_ID, Aws.REGION]);
    this.bucket = new Bucket(this, 'Assets', {
      ...(localstack ? { bucketName, websiteIndexDocument: 'index.html' } : {}),
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      removalPolicy: props.removalPolicy,
      serverAccessLogsBucket: props.logsBucket,
      serverAccessLogsPrefix: 'dashboard/',
    });

    if (localstack) {
      // LocalStack's website endpoint form (http://<bucket>.s3-website.localhost.localstack.cloud:4566).
      const port = new URL(props.localstackEndpoint).port || '4566';
      this.origin = Fn.join('', ['http://', bucketName, `.s3-website.localhost.localstack.cloud:${port}`]);
      this.url = Fn.join('', [this.origin, '/']);
      NagSuppressions.addResourceSuppressions(this.bucket, [
        {
          id: 'AwsSolutions-S5',
          reason:
            'LocalStack target only (no CloudFront in its free edition): the website endpoint serves the assets inside LocalStack; the bucket keeps blocking public access and has no public policy. The AWS target uses CloudFront with origin access control.',
        },
      ]);
      return;
    }

    this.distribution = new Distribution(this, 'Distribution', {
      comment: `${STACK_NAME} dashboard`,
      defaultRootObject: 'index.html',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        responseHeadersPolicy: ResponseHeadersPolicy.SECURITY_HEADERS,
      },
      httpVersion: HttpVersion.HTTP2_AND_3,
      priceClass: PriceClass.PRICE_CLASS_100,
      enableLogging: true,
      logBucket: props.logsBucket,
      logFilePrefix: 'cloudfront/',
    });
    this.origin = Fn.join('', ['https://', this.distribution.distributionDomainName]);
    this.url = Fn.join('', [this.origin, '/']);
    NagSuppressions.addResourceSuppressions(this.distribution, [
      {
        id: 'AwsSolutions-CFR1',
        reason:
          'The dashboard serves public-news aggregates to analysts anywhere; data access needs the API key.',
      },
      {
        id: 'AwsSolutions-CFR2',
        reason:
          'Static assets only (no data, no forms posting to the origin); the API behind them has its own usage plan, throttling and key.',
      },
      {
        id: 'AwsSolutions-CFR4',
        reason:
          'No custom domain: the default *.cloudfront.net certificate cannot pin a minimum TLS version; viewers are redirected to HTTPS. A custom domain with its certificate would set TLSv1.2_2021.',
      },
    ]);
  }

  /**
   * Deploys the built assets and config.json ({ apiUrl }) into the bucket, invalidating CloudFront. Not
   * under LocalStack: its free edition runs no CDK custom resource providers, so `npm run
   * localstack:deploy` uploads the same files itself (scripts/deploy-dashboard.ts).
   */
  deploy(apiUrl: string): BucketDeployment | undefined {
    if (!this.distribution) return undefined;
    const assets = Source.asset(DASHBOARD_DIR, {
      assetHashType: AssetHashType.OUTPUT,
      bundling: {
        // Built locally with esbuild (a devDependency); no container is ever used.
        image: DockerImage.fromRegistry('scratch'),
        local: {
          tryBundle(outputDir: string) {
            writeDashboardSync(outputDir);
            return true;
          },
        },
      },
    });
    const deployment = new BucketDeployment(this, 'Deploy', {
      sources: [
        assets,
        Source.jsonData('config.json', {
          apiUrl,
          // An article's object, opened in the S3 console of the account (the user's own AWS sign-in).
          objectUrl: 'https://s3.console.aws.amazon.com/s3/object/{bucket}?prefix={key}',
        }),
      ],
      destinationBucket: this.bucket,
      distribution: this.distribution,
      distributionPaths: ['/*'],
      prune: true,
      memoryLimit: 256,
    });
    this.suppressDeploymentFindings();
    return deployment;
  }

  /** CDK's BucketDeployment provider (one singleton function per stack): findings tied to what it needs. */
  private suppressDeploymentFindings(): void {
    const stack = Stack.of(this);
    const provider = stack.node
      .findAll()
      .find((c) => c.node.id.startsWith('Custom::CDKBucketDeployment') && c.node.scope === stack);
    if (!provider) return;
    NagSuppressions.addResourceSuppressions(
      provider,
      [
        {
          id: 'AwsSolutions-IAM4',
          reason:
            "CDK's BucketDeployment provider function logs with the AWS-managed basic execution policy.",
          appliesTo: [
            'Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
          ],
        },
        {
          id: 'AwsSolutions-IAM5',
          reason:
            "CDK's BucketDeployment provider copies every object of the asset into the dashboard bucket (s3:* object actions on the asset and dashboard buckets' objects) and invalidates the distribution (CloudFront has no resource-level CreateInvalidation on a token-less path).",
        },
        {
          id: 'AwsSolutions-L1',
          reason: "The provider's runtime is pinned by aws-cdk-lib's BucketDeployment, not by this stack.",
        },
      ],
      true,
    );
  }
}
