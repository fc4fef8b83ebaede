import { defineConfig } from 'vitest/config';

const E2E = 'test/e2e/**/*.test.ts';
const BROWSER = 'test/browser/**/*.test.ts';
// Pure suites: no I/O but reading fixtures, no process-wide state.
const ENGINE = ['test/extract/**/*.test.ts', 'test/stories/**/*.test.ts'];
// It mocks an engine module (vi.mock), so it needs a module graph of its own: it stays in `unit`.
const MOCKS_ENGINE = 'places-b28-lazy-cues';

/**
 * Six projects. `engine`: the pure suites (test/extract, test/stories) in one worker thread that is not
 * recycled between files (isolation is a pool's setting, so they have the threads pool to themselves): each
 * file would otherwise load the engine and compile its lexicons again. `unit`: everything else but the
 * end-to-end scenarios and the browser, each file in a fresh fork. The two pools run side by side. `browser`
 * drives the dashboard in headless Chromium. The scenarios (test/e2e) run three times: on the embedded stack,
 * on the embedded stack emulating LocalStack 4.14.0 (local/emulation/localstack.ts), and on a real
 * LocalStack, which skips itself with its reason when none answers (`npm run localstack:test` runs only that
 * project and fails instead). LocalStack's files run one after another in one process: they share one
 * deployed stack.
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    poolOptions: { threads: { isolate: false } },
    // The SDK's advisory that its 2027 releases need Node 22 repeats in every worker; it is not a test result.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    projects: [
      {
        extends: true,
        test: {
          name: 'engine',
          include: ENGINE,
          exclude: [`test/extract/${MOCKS_ENGINE}.test.ts`],
          pool: 'threads',
        },
      },
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: [E2E, BROWSER, 'test/stories/**', `test/extract/**/!(${MOCKS_ENGINE}).test.ts`],
        },
      },
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
