import { GUARDS_METADATA } from '@nestjs/common/constants';
import { ANSWERS, IDEMPOTENCY_SUBJECT, type JsonSchema, SCHEMA_REF } from '@gongjian/http';
import type { DeclaredRoute } from '../routes';

/**
 * The one error body of every route (DESIGN §4; libs/http/src/error.filter.ts). `details` names the
 * fields at fault on a 400 (a list); a domain rule's or a conflict's `details` are its facts (an
 * object, e.g. `{ field: 'orgId' }`, `{ status: 'cancelled' }`, `{ expected, actual }`).
 */
export const ERROR_SCHEMA: JsonSchema = {
  type: 'object',
  required: ['statusCode', 'error', 'message'],
  additionalProperties: false,
  properties: {
    statusCode: { type: 'integer', minimum: 400, maximum: 599, examples: [400] },
    error: {
      type: 'string',
      description:
        'a stable code: the status as a code (`bad_request`, `not_found`), or the rule that refused (`insufficient_points`, `precondition_failed`)',
      examples: ['bad_request'],
    },
    message: { type: 'string', examples: ['validation failed: quantity.amount'] },
    details: {
      oneOf: [
        {
          type: 'array',
          description: 'the fields at fault (400), each with what is wrong with it',
          items: {
            type: 'object',
            required: ['field', 'messages'],
            additionalProperties: false,
            properties: {
              field: { type: 'string', examples: ['quantity.amount'] },
              messages: { type: 'array', items: { type: 'string' } },
            },
          },
        },
        {
          type: 'object',
          description: 'the facts of the refusal: the field a rule is about (`field`), states, versions, counts',
          properties: { field: { type: 'string' } },
        },
      ],
    },
  },
};

export const ERROR_REF = `${SCHEMA_REF}Error`;

/** What each error status means, in the document. */
export const ERROR_STATUSES: Record<number, string> = {
  400: 'the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault)',
  401: 'no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password)',
  403: 'the role or the organisation scope of the caller does not allow this',
  404: 'no such resource',
  409: 'the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running',
  410: 'the first result of this `Idempotency-Key` held personal data since erased: neither replayed nor run again',
  412: '`If-Match` named another version than the resource is at (`details`: expected and actual)',
  413: 'the body is larger than 256 kB',
  415: 'the body is not `application/json` (or not UTF-8)',
  422: 'well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule)',
  429: 'too many attempts (login, password, wrong check-in codes); `Retry-After` says when to try again',
  503: 'the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, the other replicas of a swap did not stop folding in time, or (probes) not ready',
};

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export const isWrite = (route: DeclaredRoute) => WRITES.has(route.method);

/** A route that needs no token but has a guard of its own (the metrics: the scraper's token or a reader's). */
export const isGuardedPublic = (route: DeclaredRoute) =>
  route.isPublic && (Reflect.getMetadata(GUARDS_METADATA, route.fn) ?? []).length > 0;

/** Whether a route needs a bearer token. */
export const needsToken = (route: DeclaredRoute) => !route.isPublic || isGuardedPublic(route);

/**
 * Whether a write takes `If-Match`: a command on a resource that exists (its path names it), sent
 * with a token (its context carries the version to the aggregate). Creates do not: nothing has a
 * version yet.
 */
export const takesIfMatch = (route: DeclaredRoute) => isWrite(route) && !route.isPublic && route.path.includes('/:');

/**
 * The error statuses a route answers, from what it is. Every route 400 (validation, malformed
 * JSON, a body where none is taken). A route with a token 401, 403 and 503 (the read store). A
 * path parameter 404. A write 409 (state, concurrency, an Idempotency-Key in use) and 422 (domain
 * rules, a reused Idempotency-Key); 412 with If-Match; 410 when its results are about a person
 * (erasure); 413 and 415 with a body. Beyond these, what `@Answers()` declares.
 */
export function errorStatuses(route: DeclaredRoute, hasBody: boolean): number[] {
  const statuses = new Set<number>([400]);
  if (needsToken(route)) [401, 403].forEach((s) => statuses.add(s));
  if (!route.isPublic) statuses.add(503);
  if (route.path.includes('/:')) statuses.add(404);
  if (isWrite(route)) [409, 422].forEach((s) => statuses.add(s));
  if (takesIfMatch(route)) statuses.add(412);
  if (isWrite(route) && hasIdempotencySubject(route)) statuses.add(410);
  if (hasBody) [413, 415].forEach((s) => statuses.add(s));
  for (const s of (Reflect.getMetadata(ANSWERS, route.fn) as number[] | undefined) ?? []) statuses.add(s);
  return [...statuses].sort();
}

function hasIdempotencySubject(route: DeclaredRoute): boolean {
  return (
    Reflect.getMetadata(IDEMPOTENCY_SUBJECT, route.fn) !== undefined ||
    Reflect.getMetadata(IDEMPOTENCY_SUBJECT, route.controller) !== undefined
  );
}
