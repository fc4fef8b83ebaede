#!/bin/sh
# npm run localstack:deploy: cdklocal bootstrap + deploy against the LocalStack of docker-compose.yml.
#
# Both endpoint variables are set here, whatever the shell exported: cdklocal (aws-cdk-local 3) aborts
# when AWS_ENDPOINT_URL is set without AWS_ENDPOINT_URL_S3, and it uploads assets to
# <bucket>.s3.localhost.localstack.cloud, so the S3 endpoint must be that host (or one with the same
# wildcard subdomains). Override with LOCALSTACK_ENDPOINT_URL / LOCALSTACK_S3_ENDPOINT_URL (.env.example).
set -eu

if [ -f .env ]; then
  # Only the two endpoint settings are taken from .env; docker compose reads the rest itself.
  for name in LOCALSTACK_ENDPOINT_URL LOCALSTACK_S3_ENDPOINT_URL; do
    line=$(grep -E "^${name}=" .env | tail -n 1 || true)
    if [ -n "$line" ] && [ -z "$(printenv "$name" || true)" ]; then export "$line"; fi
  done
fi

AWS_ENDPOINT_URL="${LOCALSTACK_ENDPOINT_URL:-http://localhost.localstack.cloud:4566}"
AWS_ENDPOINT_URL_S3="${LOCALSTACK_S3_ENDPOINT_URL:-http://s3.localhost.localstack.cloud:4566}"
export AWS_ENDPOINT_URL AWS_ENDPOINT_URL_S3

s3_host=$(printf '%s' "$AWS_ENDPOINT_URL_S3" | sed -E 's#^[a-z]+://##; s#[:/].*$##')
# node, not getent: the same check on Linux and macOS.
if ! node -e "require('node:dns').lookup(process.argv[1], (e) => process.exit(e ? 1 : 0))" "probe.$s3_host"; then
  echo "warning: probe.$s3_host does not resolve; asset uploads will fail." >&2
  echo "  Your DNS may block localstack.cloud (DNS rebinding protection). Add to /etc/hosts:" >&2
  echo "  127.0.0.1 localhost.localstack.cloud s3.localhost.localstack.cloud cdk-hnb659fds-assets-000000000000-us-east-1.s3.localhost.localstack.cloud" >&2
fi

echo "cdklocal with AWS_ENDPOINT_URL=$AWS_ENDPOINT_URL AWS_ENDPOINT_URL_S3=$AWS_ENDPOINT_URL_S3"
npx cdklocal bootstrap
npx cdklocal deploy --require-approval never \
  -c provincewire:target=localstack -c provincewire:removalPolicy=destroy \
  --outputs-file cdk.out/outputs.json
# The dashboard's files (LocalStack has no CloudFront and runs no CDK custom resources): uploaded here,
# served by the bucket's S3 website endpoint (output DashboardUrl).
npx tsx scripts/deploy-dashboard.ts cdk.out/outputs.json
