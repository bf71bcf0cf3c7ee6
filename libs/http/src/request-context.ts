import { createParamDecorator, type ExecutionContext, Injectable, type NestMiddleware } from '@nestjs/common';
import type { Actor, CommandContext, KeyedRequest } from '@gongjian/eventing';
import type { NextFunction, Request, Response } from 'express';
import { AsyncLocalStorage } from 'node:async_hooks';
import { v7 as uuidv7 } from 'uuid';
import { ID_PATTERN } from './rules';
import { badRequest } from './validation';

/** Until the organizations issue brings accounts, requests act as this actor. */
export const ANONYMOUS_ACTOR: Actor = { accountId: 'anonymous', role: 'anonymous', orgId: null };

export interface GongjianRequest extends Request {
  correlationId?: string;
  /** Set by the authentication guard (libs/auth); the seam where identity plugs in. */
  actor?: Actor;
  /** Set by IdempotencyInterceptor when the write carries an Idempotency-Key. */
  keyedRequest?: KeyedRequest;
}

/**
 * The correlation id of a request: its `X-Correlation-Id` when it is an id (ID_PATTERN), else a new
 * one; the same on every call (the request logger and the middleware below both ask).
 */
export function correlationIdOf(req: Pick<GongjianRequest, 'correlationId' | 'headers'>): string {
  if (!req.correlationId) {
    const header = req.headers['x-correlation-id'];
    req.correlationId = typeof header === 'string' && ID_PATTERN.test(header) ? header : uuidv7();
  }
  return req.correlationId;
}

/** The request being handled, for the log lines written meanwhile (`requestLogContext`). */
const currentRequest = new AsyncLocalStorage<GongjianRequest>();

/**
 * What a log line written while handling a request says about who asked: the actor (account,
 * role, organisation) once the guard has authenticated it; nothing outside requests.
 */
export function requestLogContext(): { actor?: Actor } {
  const actor = currentRequest.getStore()?.actor;
  return actor ? { actor: { accountId: actor.accountId, role: actor.role, orgId: actor.orgId } } : {};
}

/**
 * Correlation id from `X-Correlation-Id` (or a new one), echoed on the response; the rest of the
 * request runs with it as the current request (`requestLogContext`).
 */
@Injectable()
export class CorrelationMiddleware implements NestMiddleware {
  use(req: GongjianRequest, res: Response, next: NextFunction): void {
    res.setHeader('X-Correlation-Id', correlationIdOf(req));
    currentRequest.run(req, next);
  }
}

/**
 * What `If-Match` may say: `*` (any version: no condition), or a version as the resources give it
 * (`"3"`, `3`, `W/"3"`). The condition fails with 412 when the resource is at another version.
 */
export const IF_MATCH_PATTERN = /^(\*|(W\/)?("[0-9]{1,15}"|[0-9]{1,15}))$/;

/** The version an `If-Match` names (undefined: no condition, or `*`). */
export function ifMatchVersion(header: string | undefined): number | undefined {
  if (header === undefined || !IF_MATCH_PATTERN.test(header) || header === '*') return undefined;
  return Number(header.replace(/^W\//, '').replace(/"/g, ''));
}

/** 400 for an `If-Match` that names no version: a condition the server cannot evaluate is refused, not ignored. */
export function refuseMalformedIfMatch(req: Request, _res: Response, next: NextFunction): void {
  const header = req.header('if-match');
  if (header === undefined || IF_MATCH_PATTERN.test(header)) return next();
  next(
    badRequest('validation failed: If-Match', [
      { field: 'If-Match', messages: ['If-Match must be a version ("3") or *'] },
    ]),
  );
}

/**
 * The command context of a request: actor, correlation id, `If-Match` as expected version, and
 * the Idempotency-Key's KeyedRequest (ids via `newId(ctx)`).
 * `@Command() ctx: CommandContext` in a controller.
 */
export const Command = createParamDecorator((_: unknown, host: ExecutionContext): CommandContext => {
  const req = host.switchToHttp().getRequest<GongjianRequest>();
  const expectedVersion = ifMatchVersion(req.header('if-match'));
  return {
    actor: req.actor ?? ANONYMOUS_ACTOR,
    correlationId: req.correlationId ?? uuidv7(),
    causationId: null,
    expectedVersion,
    ...(req.keyedRequest ? { request: req.keyedRequest } : {}),
  };
});
