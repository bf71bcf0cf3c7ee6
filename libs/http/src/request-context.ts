import { createParamDecorator, type ExecutionContext, Injectable, type NestMiddleware } from '@nestjs/common';
import type { Actor, CommandContext, KeyedRequest } from '@gongjian/eventing';
import type { NextFunction, Request, Response } from 'express';
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

/** Correlation id from `X-Correlation-Id` (or a new one), echoed on the response. */
@Injectable()
export class CorrelationMiddleware implements NestMiddleware {
  use(req: GongjianRequest, res: Response, next: NextFunction): void {
    const header = req.header('x-correlation-id');
    req.correlationId = header && /^[\w.:-]{1,100}$/.test(header) ? header : uuidv7();
    res.setHeader('X-Correlation-Id', req.correlationId);
    next();
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
