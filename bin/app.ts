#!/usr/bin/env node
import { App, Aspects } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { STACK_NAME } from '../lambdas/shared/wiring.js';
import { ProvinceWireStack } from '../lib/provincewire-stack.js';
import { settingsFromContext } from '../lib/settings.js';

const app = new App();
const result = settingsFromContext((key) => app.node.tryGetContext(key));
if (!result.ok) {
  console.error(result.error);
  process.exit(1);
}
new ProvinceWireStack(app, STACK_NAME, {
  settings: result.settings,
  description: 'provincewire: S3 → Lambda → DynamoDB ingestion of news articles, with a REST API.',
});
Aspects.of(app).add(new AwsSolutionsChecks({ verbose: true }));
