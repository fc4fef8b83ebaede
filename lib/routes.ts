/** Path parameters of an API Gateway resource path, e.g. '/provinces/{slug}/metrics' → ['slug']. */
export function pathParameters(path: string): string[] {
  return [...path.matchAll(/\{([^}+]+)\+?\}/g)].map((match) => match[1] ?? '');
}

/** API Gateway `requestParameters` marking every path parameter of `path` as required. */
export function requiredPathParameters(path: string): Record<string, boolean> {
  return Object.fromEntries(pathParameters(path).map((name) => [`method.request.path.${name}`, true]));
}
