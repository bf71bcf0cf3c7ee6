import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import {
  ConcurrencyConflict,
  StreamDeleted,
  EventStoreUnavailable,
  ForeignEventInStream,
  DomainError,
  DomainRuleViolation,
  DuplicateEventId,
  Forbidden,
  InvalidStateTransition,
  NotFound,
  TooManyRequests,
  Unauthenticated,
} from '@gongjian/eventing';
import { isReadStoreUnavailable, READ_STORE_UNAVAILABLE } from '@gongjian/read-models';
import type { Request, Response } from 'express';

const EVENT_STORE_UNAVAILABLE = 'event_store_unavailable';

/** The error body of every route (DESIGN §4). */
export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  details?: unknown;
}

const DOMAIN_STATUS: Array<[new (...args: any[]) => DomainError, number]> = [
  [NotFound, HttpStatus.NOT_FOUND],
  [Unauthenticated, HttpStatus.UNAUTHORIZED],
  [TooManyRequests, HttpStatus.TOO_MANY_REQUESTS],
  [Forbidden, HttpStatus.FORBIDDEN],
  [ConcurrencyConflict, HttpStatus.CONFLICT],
  [DuplicateEventId, HttpStatus.CONFLICT],
  [StreamDeleted, HttpStatus.CONFLICT],
  [InvalidStateTransition, HttpStatus.CONFLICT],
  [DomainRuleViolation, HttpStatus.UNPROCESSABLE_ENTITY],
];

/**
 * Maps every error to `{statusCode, error, message, details?}` once, at the edge (STYLE §7):
 * domain errors to 401/403/404/409/422/429 (Retry-After for a 429; a conflict under If-Match 412), Nest HTTP exceptions as they are, the body parsers' client errors
 * (413 too large, 415 charset or encoding, 400 not UTF-8) with their status, the read store
 * unreachable (the MongoDB driver's server-selection and network errors) to 503
 * `read_store_unavailable` and the event store unreachable to 503 `event_store_unavailable`, both with Retry-After, anything else to 500 (logged).
 */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const request = host.switchToHttp().getRequest<Request>();
    const body = preconditionFailed(this.toBody(exception), exception, request);
    if (exception instanceof TooManyRequests)
      response.setHeader('Retry-After', String(Math.max(1, Math.ceil(exception.retryAfterSeconds))));
    if (body.error === EVENT_STORE_UNAVAILABLE) {
      this.logger.warn(
        `event store unavailable: ${exception instanceof Error ? exception.message : String(exception)}`,
      );
      response.setHeader('Retry-After', '5');
    } else if (body.error === READ_STORE_UNAVAILABLE) {
      this.logger.warn(`read store unavailable: ${exception instanceof Error ? exception.message : String(exception)}`);
      response.setHeader('Retry-After', '5');
    } else if (body.statusCode >= 500)
      this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof DomainError) {
      const status = DOMAIN_STATUS.find(([type]) => exception instanceof type)?.[1] ?? HttpStatus.UNPROCESSABLE_ENTITY;
      return { statusCode: status, error: exception.code, message: exception.message, details: exception.details };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      if (typeof response === 'object' && response !== null) {
        const r = response as Record<string, unknown>;
        return {
          statusCode: status,
          error: typeof r.error === 'string' ? errorCode(r.error) : defaultError(status),
          message: Array.isArray(r.message) ? r.message.join('; ') : String(r.message ?? exception.message),
          ...(r.details !== undefined ? { details: r.details } : {}),
        };
      }
      return { statusCode: status, error: defaultError(status), message: String(response) };
    }
    if (exception instanceof EventStoreUnavailable) {
      return {
        statusCode: HttpStatus.SERVICE_UNAVAILABLE,
        error: EVENT_STORE_UNAVAILABLE,
        message: 'the event store cannot be reached; try again shortly (a retried command is not applied twice)',
      };
    }
    if (exception instanceof ForeignEventInStream) {
      // not the caller's fault, and not to be retried: the log holds a record gongjian did not write
      return { statusCode: 500, error: 'foreign_event_in_stream', message: exception.message };
    }
    if (isReadStoreUnavailable(exception)) {
      return {
        statusCode: HttpStatus.SERVICE_UNAVAILABLE,
        error: READ_STORE_UNAVAILABLE,
        message: 'the read store cannot be reached; try again shortly',
      };
    }
    if (isClientHttpError(exception)) {
      return { statusCode: exception.status, error: defaultError(exception.status), message: clientMessage(exception) };
    }
    return { statusCode: 500, error: defaultError(500), message: 'internal error' };
  }
}

/**
 * A request that named the version it expects (`If-Match`) and found the resource at another, or
 * lost it to a concurrent writer meanwhile: 412 `precondition_failed` (RFC 9110 §13.1.1), the
 * conflict's details kept. Without If-Match the same conflict is 409 (`concurrency_conflict`).
 */
function preconditionFailed(body: ErrorBody, exception: unknown, request: Request | undefined): ErrorBody {
  if (!(exception instanceof ConcurrencyConflict) || typeof request?.header !== 'function') return body;
  if (request.header('if-match') === undefined) return body;
  return { ...body, statusCode: HttpStatus.PRECONDITION_FAILED, error: 'precondition_failed' };
}

/**
 * The `error` of a status without a code of its own: its name as a code (`not_found`,
 * `forbidden`, `too_many_requests`), the same form as the domain errors' codes, whoever threw.
 */
export function defaultError(status: number): string {
  return (HttpStatus[status] ?? 'ERROR').toLowerCase();
}

/** A code as it is, a status title (`Not Found`, Nest's own exceptions) as its code (`not_found`). */
export function errorCode(error: string): string {
  return /^[A-Z][A-Za-z-]*( [A-Za-z-]+)*$/.test(error) ? error.toLowerCase().replace(/[ -]/g, '_') : error;
}

/** An http-errors error of express's body parsers, e.g. too large (413), unsupported charset (415). */
interface ClientHttpError extends Error {
  status: number;
  type?: string;
  limit?: number;
}

/** Only errors the parser marks `expose` (its 4xx) are the client's fault and safe to describe. */
function isClientHttpError(e: unknown): e is ClientHttpError {
  if (!(e instanceof Error)) return false;
  const { status, expose } = e as Error & { status?: unknown; expose?: unknown };
  return expose === true && typeof status === 'number' && status >= 400 && status < 500;
}

function clientMessage(e: ClientHttpError): string {
  if (e.type === 'entity.too.large') return `the request body is larger than ${e.limit} bytes`;
  return e.message;
}
