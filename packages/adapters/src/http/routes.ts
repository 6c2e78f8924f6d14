/** The handler's routes, parsed from a request path. */

/** One route the handler answers. */
export type Route =
  | { kind: 'discovery' }
  | { kind: 'service'; id: string }
  | { kind: 'feedback'; id: string }
  | { kind: 'assess' }
  | { kind: 'health' };

/** The method each route answers (besides `OPTIONS`). */
export const ROUTE_METHODS: Readonly<Record<Route['kind'], string>> = { discovery: 'GET', service: 'POST', feedback: 'POST', assess: 'POST', health: 'GET' };

function safeDecode(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

/** The route of `pathname` under `basePath`, or undefined. */
export function routeOf(pathname: string, basePath: string): Route | undefined {
  if (!pathname.startsWith(basePath)) return undefined;
  const parts = pathname.slice(basePath.length).split('/').filter(Boolean).map(safeDecode);
  if (parts.includes(undefined)) return undefined;
  const [first, id, last, ...rest] = parts as string[];
  if (rest.length > 0) return undefined;
  if (first === 'cds-services') {
    if (id === undefined) return { kind: 'discovery' };
    if (last === undefined) return { kind: 'service', id };
    return last === 'feedback' ? { kind: 'feedback', id } : undefined;
  }
  if (id !== undefined) return undefined;
  if (first === 'assess') return { kind: 'assess' };
  if (first === 'healthz') return { kind: 'health' };
  return undefined;
}
