import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { DeclaredRoute } from './routes';

/** A path of the API as a pattern, with the methods its routes declare. */
interface KnownPath {
  pattern: RegExp;
  methods: Set<string>;
}

/** `/needs/:id/cancel` → a pattern matching `/api/v1/needs/<one segment>/cancel` (express's way: any case, optional trailing slash). */
function pathPattern(prefix: string, path: string): RegExp {
  const escaped = `${prefix}${path}`
    .split('/')
    .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${escaped}/?$`, 'i');
}

/** The methods of `known` paths that match `path` (HEAD with GET, as express answers it). */
export function allowedMethods(known: KnownPath[], path: string): string[] | null {
  const allowed = new Set<string>();
  for (const k of known) if (k.pattern.test(path)) for (const m of k.methods) allowed.add(m);
  if (allowed.size === 0) return null;
  if (allowed.has('GET')) allowed.add('HEAD');
  allowed.add('OPTIONS');
  return [...allowed].sort();
}

/**
 * A method a known path does not declare is 405 with `Allow` (RFC 9110 §15.5.6), not the 404 of
 * an unknown path; `OPTIONS` on a known path is 204 with `Allow`. Paths and methods come from the
 * controllers (`declaredRoutes`), as the OpenAPI document's do. Runs before authentication: which
 * methods a path has is no secret (the document is public).
 */
export function methodNotAllowed(routes: DeclaredRoute[], prefix = '/api/v1'): RequestHandler {
  const byPath = new Map<string, KnownPath>();
  for (const route of routes) {
    const known = byPath.get(route.path) ?? { pattern: pathPattern(prefix, route.path), methods: new Set<string>() };
    known.methods.add(route.method);
    byPath.set(route.path, known);
  }
  const known = [...byPath.values()];
  return (req: Request, res: Response, next: NextFunction) => {
    const path = req.originalUrl.split('?')[0];
    const allowed = allowedMethods(known, path);
    if (!allowed || (allowed.includes(req.method) && req.method !== 'OPTIONS')) return next();
    res.setHeader('Allow', allowed.join(', '));
    if (req.method === 'OPTIONS') return void res.status(204).end();
    res.status(405).json({
      statusCode: 405,
      error: 'method_not_allowed',
      message: `${req.method} is not a method of ${path}; it has ${allowed.join(', ')}`,
    });
  };
}
