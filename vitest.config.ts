import { defineConfig } from 'vitest/config';

const E2E = 'test/e2e/**/*.test.ts';
const BROWSER = 'test/browser/**/*.test.ts';

/**
 * Five projects (the fifth, `browser`, drives the dashboard in headless Chromium). `unit`: everything but the end-to-end scenarios. The scenarios (test/e2e) run three
 * times: on the embedded stack, on the embedded stack emulating LocalStack 4.14.0
 * (local/emulation/localstack.ts), and on a real LocalStack, which skips itself with its reason when none
 * answers (`npm run localstack:test` runs only that project and fails instead). LocalStack's files run
 * one after another in one process: they share one deployed stack.
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // The SDK's advisory that its 2027 releases need Node 22 repeats in every worker; it is not a test result.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [E2E, BROWSER] } },
      // The dashboard in headless Chromium (Debian's package; .ci/run installs it when missing).
      { extends: true, test: { name: 'browser', include: [BROWSER] } },
      { extends: true, test: { name: 'e2e', include: [E2E], env: { E2E_TARGET: 'embedded' } } },
      {
        extends: true,
        test: {
          name: 'e2e-localstack-profile',
          include: [E2E],
          env: { E2E_TARGET: 'embedded', E2E_EMULATE: 'localstack' },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e-localstack',
          include: [E2E],
          env: { E2E_TARGET: 'localstack' },
          poolOptions: { forks: { singleFork: true } },
        },
      },
    ],
  },
});
