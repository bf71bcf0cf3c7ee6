import {
  type CallHandler,
  ConflictException,
  type ExecutionContext,
  GoneException,
  Inject,
  Injectable,
  Logger,
  type NestInterceptor,
  SetMetadata,
  UnprocessableEntityException,
} from '@nestjs/common';
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { Response } from 'express';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { KeyedRequest } from '@gongjian/eventing';
import type { GongjianRequest } from './request-context';
import { badRequest } from './validation';

export type IdempotencyBegin =
  /**
   * The request may run. `firstClaimedAt`: when the key was first claimed (epoch ms), kept across
   * releases and take-overs: it seeds the ids the request creates. `resumed`: an earlier attempt
   * (released after a failure, or abandoned past its lease) may already have had an effect.
   */
  | { state: 'new'; firstClaimedAt: number; resumed: boolean }
  | { state: 'completed'; status: number; body: unknown }
  | { state: 'in_progress' }
  | { state: 'mismatch' }
  /** the stored response was about a subject whose personal data has since been erased */
  | { state: 'erased' };

/**
 * Stored results of writes by `Idempotency-Key` (DESIGN §4: a repeated key returns the first
 * result and appends nothing). Embedded: SQLite; distributed: MongoDB.
 */
export interface IdempotencyStore {
  /** Claims the key for this request, or reports what happened to it before. */
  begin(scope: string, key: string, fingerprint: string): Promise<IdempotencyBegin>;
  /** Stores the response; `subject`: the person it is about (a member id), for `eraseSubject`. */
  complete(scope: string, key: string, status: number, body: unknown, subject?: string): Promise<void>;
  /**
   * Releases a claimed key after a failed request, so that the client may retry it at once. The
   * record is kept (marked released, with its fingerprint and first-claim time): a retry with
   * the same body resumes with the same ids, one with another body is `mismatch`. `forget`: the
   * request can have had no effect (it appended nothing and resumed no earlier attempt), so the
   * key is freed for any body.
   */
  release(scope: string, key: string, options?: { forget?: boolean }): Promise<void>;
  /**
   * Erasure: blanks the stored response and the request fingerprint (a hash of a body that held
   * the person's phone) of every record about `subject`. The records stay, so a repeat of such a
   * request is answered `erased` instead of running again; returns how many were blanked.
   */
  eraseSubject(subject: string): Promise<number>;
}

export const IDEMPOTENCY_STORE = Symbol('IDEMPOTENCY_STORE');

/** The longest `Idempotency-Key` (a longer one is 400). */
export const IDEMPOTENCY_KEY_MAX_LENGTH = 200;

/** Metadata key of IdempotencySubject. */
export const IDEMPOTENCY_SUBJECT = 'gongjian:idempotency-subject';

/** Who a route's response is about, from the route's parameters and the response body. */
export type IdempotencySubjectOf = (params: Record<string, string>, body: unknown) => string | undefined;

/**
 * Marks the stored responses of a controller's (or a route's) writes as being about a person, so
 * that erasing that person's personal data (`IdempotencyStore.eraseSubject`) blanks them too.
 */
export const IdempotencySubject = (of: IdempotencySubjectOf) => SetMetadata(IDEMPOTENCY_SUBJECT, of);

/**
 * Responses that hand out a credential are never stored: a database copy of an access token (or
 * a generated password) would be a working credential for whoever reads the table. A repeat of
 * such a request runs again, like one without a key.
 */
const CREDENTIAL_FIELD = /^(accessToken|refreshToken|idToken|password|temporaryPassword|generatedPassword)$/;

function carriesCredential(body: unknown): boolean {
  return typeof body === 'object' && body !== null && Object.keys(body).some((field) => CREDENTIAL_FIELD.test(field));
}

/**
 * Applies `Idempotency-Key` to every write: the first request with a key runs and its response is
 * stored; a repeat returns that response (with `Idempotent-Replayed: true`) without running the
 * handler; the same key with a different body is 422; a repeat while the first is running is 409.
 * Keys are scoped by actor, method and path. The request's ids and event ids are derived from the
 * key (KeyedRequest, via the CommandContext): an attempt that runs again — after a failure, or
 * after its process died past the claim's lease — finds its effect in the log and answers like
 * the first (at most once; docs/ops/idempotency.md). Failed requests release the key. A response that
 * carries a credential is not stored; one about a person (IdempotencySubject) is blanked when that
 * person's data is erased, and its key then answers 410.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Idempotency');

  constructor(@Inject(IDEMPOTENCY_STORE) private readonly store: IdempotencyStore) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const req = context.switchToHttp().getRequest<GongjianRequest>();
    const key = req.header('idempotency-key');
    if (!key || !['POST', 'PUT', 'PATCH', 'DELETE'].includes(req.method)) return next.handle();
    const subjectOf: IdempotencySubjectOf | undefined =
      Reflect.getMetadata(IDEMPOTENCY_SUBJECT, context.getHandler()) ??
      Reflect.getMetadata(IDEMPOTENCY_SUBJECT, context.getClass());
    return from(this.run(req, context.switchToHttp().getResponse<Response>(), key, next, subjectOf));
  }

  /*
   * The refusals here (400 too long a key, 422 reused key, 410 erased result, 409 key in use) stay HTTP
   * exceptions: they belong to the Idempotency-Key header's protocol, a transport matter, not to a
   * domain rule, and carry that protocol's own codes.
   */
  private async run(
    req: GongjianRequest,
    res: Response,
    key: string,
    next: CallHandler,
    subjectOf?: IdempotencySubjectOf,
  ): Promise<unknown> {
    if (key.length > IDEMPOTENCY_KEY_MAX_LENGTH) {
      throw badRequest('validation failed: Idempotency-Key', [
        {
          field: 'Idempotency-Key',
          messages: [`Idempotency-Key must be at most ${IDEMPOTENCY_KEY_MAX_LENGTH} characters`],
        },
      ]);
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
    if (begun.state === 'erased') {
      throw new GoneException({
        statusCode: 410,
        error: 'idempotency_result_erased',
        message:
          'the result of the request first sent with this Idempotency-Key held personal data that has since been ' +
          'erased: it is not replayed, and the request is not run again',
      });
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
    const keyed = new KeyedRequest(scope, key, begun.firstClaimedAt);
    req.keyedRequest = keyed;
    // the request could have had no effect: nothing appended, no earlier attempt resumed
    const release = () => this.store.release(scope, key, { forget: !keyed.touched && !begun.resumed });
    let body: unknown;
    try {
      body = await lastValueFrom(next.handle(), { defaultValue: undefined });
    } catch (error) {
      // a release that fails too (the store is down) leaves the claim to its lease
      await release().catch((e: Error) => this.logger.warn(`releasing ${scope} failed: ${e.message}`));
      throw error;
    }
    try {
      if (carriesCredential(body)) await release();
      else
        await this.store.complete(
          scope,
          key,
          res.statusCode,
          body,
          subjectOf?.((req.params ?? {}) as Record<string, string>, body),
        );
    } catch (error) {
      // the write is done: its answer goes out. A retry runs it again with the same ids, finds
      // its effect in the log and answers the same (the record is released, or its lease ends).
      this.logger.warn(`storing the response of ${scope} failed: ${(error as Error).message}`);
      await release().catch(() => undefined);
    }
    return body;
  }
}
