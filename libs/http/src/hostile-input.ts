import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { isUtf8 } from 'node:buffer';
import type { Observable } from 'rxjs';
import { badRequest, type FieldError } from './validation';

/**
 * The edge defences against hostile input (DESIGN §4: never 500 for bad input), in the order a
 * request meets them: a body that is not JSON is 415, a body over the limit 413, JSON that is not
 * UTF-8, nested too deep, with too long an array or with prototype keys 400 — all before any
 * handler, pipe or interceptor reads it. Then a body on a route that declares none is 400, and
 * the validation pipe refuses unknown fields, wrong types and overlong values.
 */

/** The largest request body, in bytes: far above any command, far below a memory attack. */
export const BODY_LIMIT_BYTES = 256 * 1024;

/**
 * The largest spreadsheet an import takes (issue 17): uploads are the one body that is not JSON,
 * on `POST /api/v1/imports/<kind>` only, as `multipart/form-data`, read by the import route itself.
 */
export const UPLOAD_MAX_BYTES = 20 * 1024 * 1024;

/** Metadata of a route that takes an upload: the form field of its file (the OpenAPI document reads it). */
export const UPLOAD_METADATA = 'gongjian:upload';

/**
 * The routes that take a file: a spreadsheet to an import route, a receipt to a fund (issue 19),
 * the evidence of a service site's rating (issue 20).
 * Their handlers refuse the file unless it is what they take, by its bytes.
 */
const UPLOAD_PATHS = /^\/api\/v1\/(imports\/[a-z-]+|funds\/[^/]+\/receipts|service-sites\/[^/]+\/evidence)\/?$/;

/** Whether a request is the upload of a file to a route that takes one (UPLOAD_PATHS). */
export function isFileUpload(req: Pick<Request, 'method' | 'path' | 'headers'>): boolean {
  return (
    req.method === 'POST' &&
    UPLOAD_PATHS.test(req.path) &&
    /^multipart\/form-data\s*;/i.test(String(req.headers['content-type'] ?? ''))
  );
}

/** Deeper JSON is refused: class-transformer and canonicalize recurse and would overflow the stack. */
export const MAX_JSON_DEPTH = 16;

/**
 * Longer arrays are refused before validation, which visits every item (and a nested DTO's every
 * field of every item): the largest ArrayMaxSize of a DTO is 2000 (grid ids of a rotation).
 */
export const MAX_JSON_ARRAY_LENGTH = 2000;

/** Keys that reach an object's prototype when code merges or assigns by key. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const isJson = (req: Request) => Boolean(req.is('application/json'));

/**
 * 415 for a request that carries bytes that are not `application/json` (a form, text, a file):
 * no route reads anything else. The bytes are read (up to the limit) only to know there are some.
 */
export function refuseNonJsonBodies(): RequestHandler {
  const read = express.raw({ type: (req) => !isJson(req as Request), limit: BODY_LIMIT_BYTES });
  return (req: Request, res: Response, next: NextFunction) => {
    if (isFileUpload(req)) return next();
    read(req, res, (error?: unknown) => {
      if (error) return next(error);
      const bytes = Buffer.isBuffer(req.body) ? req.body.length : 0;
      if (Buffer.isBuffer(req.body)) req.body = undefined;
      if (bytes === 0) return next();
      const type = req.headers['content-type'] ?? 'no Content-Type';
      // an HTTP exception, not a domain error: the media type is the transport's business
      next(
        new UnsupportedMediaTypeException({
          statusCode: 415,
          error: 'unsupported_media_type',
          message: `request bodies are application/json, not ${type}`,
        }),
      );
    });
  };
}

/** The JSON body parser: objects and arrays only, at most BODY_LIMIT_BYTES, UTF-8 (RFC 8259 §8.1). */
export function jsonBodyParser(): RequestHandler {
  return express.json({
    limit: BODY_LIMIT_BYTES,
    strict: true,
    verify: (_req, _res, bytes) => {
      // the parser would otherwise replace invalid bytes with U+FFFD and accept the body
      if (!isUtf8(bytes)) throw Object.assign(new Error('the request body is not valid UTF-8'), { status: 400 });
    },
  });
}

/**
 * 400 for a JSON body or a query string nested deeper than MAX_JSON_DEPTH, with an array longer
 * than MAX_JSON_ARRAY_LENGTH, or naming a prototype key.
 */
export function refuseHostileStructure(req: Request, _res: Response, next: NextFunction): void {
  const problem = findHostileStructure(req.body) ?? findHostileStructure(req.query);
  next(problem ? badRequest(`validation failed: ${problem.field}`, [problem]) : undefined);
}

/** Walks without recursion, so that depth itself cannot overflow the stack. */
export function findHostileStructure(value: unknown): FieldError | null {
  const pending: Array<{ value: unknown; field: string; depth: number }> = [{ value, field: '', depth: 0 }];
  while (pending.length > 0) {
    const at = pending.pop()!;
    if (typeof at.value !== 'object' || at.value === null) continue;
    const field = at.field || 'body';
    if (at.depth >= MAX_JSON_DEPTH) {
      return { field, messages: [`${field} is nested deeper than ${MAX_JSON_DEPTH} levels`] };
    }
    if (Array.isArray(at.value) && at.value.length > MAX_JSON_ARRAY_LENGTH) {
      return { field, messages: [`${field} must contain no more than ${MAX_JSON_ARRAY_LENGTH} elements`] };
    }
    for (const [key, child] of Object.entries(at.value)) {
      const field = at.field ? `${at.field}.${key}` : key;
      if (PROTOTYPE_KEYS.has(key)) return { field, messages: [`property ${key} is not allowed`] };
      pending.push({ value: child, field, depth: at.depth + 1 });
    }
  }
  return null;
}

/**
 * A route whose handler declares no `@Body()` takes none: a non-empty body there is 400, as
 * unknown fields are on routes with a DTO (forbidNonWhitelisted), instead of being ignored.
 */
@Injectable()
export class RefuseUndeclaredBodyInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const body: unknown = context.switchToHttp().getRequest<Request>().body;
    if (isEmpty(body) || declaresBody(context)) return next.handle();
    const fields = typeof body === 'object' && body !== null ? Object.keys(body) : [];
    throw badRequest(
      'this route takes no request body',
      fields.map((field) => ({ field, messages: [`property ${field} should not exist`] })),
    );
  }
}

const isEmpty = (body: unknown) =>
  body === undefined ||
  (typeof body === 'object' && body !== null && !Array.isArray(body) && Object.keys(body).length === 0);

function declaresBody(context: ExecutionContext): boolean {
  const args: Record<string, unknown> =
    Reflect.getMetadata(ROUTE_ARGS_METADATA, context.getClass(), context.getHandler().name) ?? {};
  return Object.keys(args).some((key) => key.split(':')[0] === String(RouteParamtypes.BODY));
}
