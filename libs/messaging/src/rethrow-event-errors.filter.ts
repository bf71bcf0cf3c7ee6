import { type ArgumentsHost, Catch, type RpcExceptionFilter } from '@nestjs/common';
import { type Observable, throwError } from 'rxjs';

/**
 * Nest's default RPC filter replaces an unknown error with "Internal server error". Event
 * handlers' errors go to the transport's retry and dead-letter logic instead, which must record
 * the real reason — so this filter hands the original error on. Install it on every transport.
 */
@Catch()
export class RethrowEventErrorsFilter implements RpcExceptionFilter<unknown> {
  catch(exception: unknown, _host: ArgumentsHost): Observable<never> {
    return throwError(() => exception);
  }
}
