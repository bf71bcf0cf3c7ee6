import { createParamDecorator, type ExecutionContext, Injectable, type NestMiddleware } from '@nestjs/common';
import type { Actor, CommandContext, KeyedRequest } from '@gongjian/eventing';
import type { NextFunction, Request, Response } from 'express';
import { AsyncLocalStorage } from 'node:async_hooks';
import { v7 as uuidv7 } from 'uuid';

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
 * The correlation id of a request: its `X-Correlation-Id` when it is a plain token, else a new
 * one; the same on every call (the request logger and the middleware below both ask).
 */
export function correlationIdOf(req: Pick<GongjianRequest, 'correlationId' | 'headers'>): string {
  if (!req.correlationId) {
    const header = req.headers['x-correlation-id'];
    req.correlationId = typeof header === 'string' && /^[\w.:-]{1,100}$/.test(header) ? header : uuidv7();
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
 * The command context of a request: actor, correlation id, `If-Match` as expected version, and
 * the Idempotency-Key's KeyedRequest (ids via `newId(ctx)`).
 * `@Command() ctx: CommandContext` in a controller.
 */
export const Command = createParamDecorator((_: unknown, host: ExecutionContext): CommandContext => {
  const req = host.switchToHttp().getRequest<GongjianRequest>();
  const ifMatch = req.header('if-match')?.replace(/^W\//, '').replace(/"/g, '');
  const expectedVersion = ifMatch !== undefined && /^\d+$/.test(ifMatch) ? Number(ifMatch) : undefined;
  return {
    actor: req.actor ?? ANONYMOUS_ACTOR,
    correlationId: req.correlationId ?? uuidv7(),
    causationId: null,
    expectedVersion,
    ...(req.keyedRequest ? { request: req.keyedRequest } : {}),
  };
});
