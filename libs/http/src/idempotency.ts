import {
  type CallHandler,
  ConflictException,
  type ExecutionContext,
  Inject,
  Injectable,
  type NestInterceptor,
  UnprocessableEntityException,
} from '@nestjs/common';
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { Response } from 'express';
import { from, lastValueFrom, type Observable } from 'rxjs';
import type { GongjianRequest } from './request-context';

export type IdempotencyBegin =
  | { state: 'new' }
  | { state: 'completed'; status: number; body: unknown }
  | { state: 'in_progress' }
  | { state: 'mismatch' };

/**
 * Stored results of writes by `Idempotency-Key` (DESIGN §4: a repeated key returns the first
 * result and appends nothing). Embedded: SQLite; distributed: MongoDB.
 */
export interface IdempotencyStore {
  /** Claims the key for this request, or reports what happened to it before. */
  begin(scope: string, key: string, fingerprint: string): Promise<IdempotencyBegin>;
  complete(scope: string, key: string, status: number, body: unknown): Promise<void>;
  /** Releases a claimed key after a failed request, so that the client may retry it. */
  release(scope: string, key: string): Promise<void>;
}

export const IDEMPOTENCY_STORE = Symbol('IDEMPOTENCY_STORE');

/**
 * Applies `Idempotency-Key` to every write: the first request with a key runs and its response is
 * stored; a repeat returns that response (with `Idempotent-Replayed: true`) without running the
 * handler; the same key with a different body is 422; a repeat while the first is running is 409.
 * Keys are scoped by actor, method and path. Failed requests release the key.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(@Inject(IDEMPOTENCY_STORE) private readonly store: IdempotencyStore) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const req = context.switchToHttp().getRequest<GongjianRequest>();
    const key = req.header('idempotency-key');
    if (!key || !['POST', 'PUT', 'PATCH', 'DELETE'].includes(req.method)) return next.handle();
    return from(this.run(req, context.switchToHttp().getResponse<Response>(), key, next));
  }

  private async run(req: GongjianRequest, res: Response, key: string, next: CallHandler): Promise<unknown> {
    if (key.length > 200) {
      throw new UnprocessableEntityException({
        statusCode: 422,
        error: 'idempotency_key_invalid',
        message: 'Idempotency-Key must be at most 200 characters',
      });
    }
    const scope = `${req.actor?.accountId ?? 'anonymous'} ${req.method} ${req.originalUrl.split('?')[0]}`;
    const fingerprint = createHash('sha256')
      .update(canonicalize(req.body ?? {}) ?? '')
      .digest('hex');
    const begun = await this.store.begin(scope, key, fingerprint);
    if (begun.state === 'completed') {
      res.status(begun.status);
      res.setHeader('Idempotent-Replayed', 'true');
      return begun.body;
    }
    if (begun.state === 'in_progress') {
      throw new ConflictException({
        statusCode: 409,
        error: 'idempotency_key_in_use',
        message: 'a request with this Idempotency-Key is still being processed',
      });
    }
    if (begun.state === 'mismatch') {
      throw new UnprocessableEntityException({
        statusCode: 422,
        error: 'idempotency_key_reused',
        message: 'this Idempotency-Key was used with a different request body',
      });
    }
    try {
      const body = await lastValueFrom(next.handle(), { defaultValue: undefined });
      await this.store.complete(scope, key, res.statusCode, body);
      return body;
    } catch (error) {
      await this.store.release(scope, key);
      throw error;
    }
  }
}
