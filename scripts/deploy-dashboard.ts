/**
 * npm run localstack:deploy, last step: the dashboard's assets and config.json into the dashboard bucket,
 * served by LocalStack's S3 website endpoint (its free edition has neither CloudFront nor CDK custom
 * resources, so the stack's BucketDeployment exists only on AWS). Reads the stack outputs cdklocal wrote.
 *
 *   tsx scripts/deploy-dashboard.ts cdk.out/outputs.json
 */
import { readFileSync } from 'node:fs';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { buildDashboard } from '../dashboard/build.js';
import { STACK_NAME, STACK_OUTPUTS } from '../lambdas/shared/wiring.js';

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

const file = process.argv[2] ?? 'cdk.out/outputs.json';
const outputs = (JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, string>>)[
  STACK_NAME
];
const bucket = outputs?.[STACK_OUTPUTS.dashboardBucketName];
const apiUrl = outputs?.[STACK_OUTPUTS.apiUrl];
if (!bucket || !apiUrl) {
  console.error(
    `${file}: no ${STACK_OUTPUTS.dashboardBucketName} or ${STACK_OUTPUTS.apiUrl} output of ${STACK_NAME}`,
  );
  process.exit(1);
}
const s3 = new S3Client({ forcePathStyle: true });
const files = new Map(await buildDashboard());
files.set('config.json', Buffer.from(JSON.stringify({ apiUrl: apiUrl.replace(/\/$/, '') })));
for (const [name, body] of files) {
  await s3.send(
    new PutObjectCommand({
      Bucket: bucket,
      Key: name,
      Body: body,
      ContentType: TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream',
    }),
  );
}
console.log(
  `dashboard: ${files.size} files in s3://${bucket}; open ${outputs?.[STACK_OUTPUTS.dashboardUrl]}`,
);
