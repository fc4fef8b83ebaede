/**
 * The one parser of API Gateway resource templates ('/provinces/{slug}/metrics'), used by the CDK stack
 * (required path parameters), the local API Gateway (route matching) and the api function (its router).
 */

export type TemplateSegment =
  | { readonly kind: 'literal'; readonly value: string }
  | { readonly kind: 'param'; readonly name: string; readonly greedy: boolean };

/** Path segments, without empty ones (leading, trailing or doubled slashes). */
export function pathSegments(path: string): string[] {
  return path.split('/').filter(Boolean);
}

export function parseRouteTemplate(template: string): TemplateSegment[] {
  return pathSegments(template).map((part): TemplateSegment => {
    const param = /^\{([^}+]+)(\+?)\}$/.exec(part);
    return param?.[1]
      ? { kind: 'param', name: param[1], greedy: param[2] === '+' }
      : { kind: 'literal', value: part };
  });
}

/** Path parameters of a resource template, e.g. '/provinces/{slug}/metrics' → ['slug']. */
export function pathParameters(template: string): string[] {
  return parseRouteTemplate(template).flatMap((segment) => (segment.kind === 'param' ? [segment.name] : []));
}

/** How many segments of a template are parameters (API Gateway prefers the most literal match). */
export function parameterCount(template: readonly TemplateSegment[]): number {
  return template.filter((segment) => segment.kind === 'param').length;
}

/** A percent-decoded path segment; a malformed escape is kept as sent. */
export function decodePathSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * The decoded path parameters when `segments` fit the template segment for segment, otherwise undefined.
 * (No route here uses a greedy parameter; one matches a single segment like any other.)
 */
export function matchTemplate(
  template: readonly TemplateSegment[],
  segments: readonly string[],
): Record<string, string> | undefined {
  if (segments.length !== template.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, part] of template.entries()) {
    const segment = segments[index] as string;
    if (part.kind === 'param') {
      if (segment.length === 0) return undefined;
      params[part.name] = decodePathSegment(segment);
    } else if (part.value !== segment) return undefined;
  }
  return params;
}
