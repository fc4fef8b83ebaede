/**
 * esbuild settings of the Lambda bundles (NodejsFunction). `npm run bench:extract` bundles the engine with
 * the same ones, so it measures the code that is deployed.
 */
export const LAMBDA_BUNDLE = {
  /** Matches FUNCTION_RUNTIME (Node.js 22). */
  target: 'node22',
  minify: true,
} as const;
