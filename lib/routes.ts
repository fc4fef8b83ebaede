import { pathParameters } from '../lambdas/shared/routes.js';

export { pathParameters };

/** API Gateway `requestParameters` marking every path parameter of `path` as required. */
export function requiredPathParameters(path: string): Record<string, boolean> {
  return Object.fromEntries(pathParameters(path).map((name) => [`method.request.path.${name}`, true]));
}
