import type { ArgumentsHost } from '@nestjs/common';
import { MongoServerSelectionError } from 'mongodb';
import {
  AppendTooLarge,
  ConcurrencyConflict,
  EventStoreUnavailable,
  ForeignEventInStream,
  StreamDeleted,
  TooManyRequests,
  Unauthenticated,
} from '@gongjian/eventing';
import { ErrorFilter } from './error.filter';

function answer(exception: unknown, headers: Record<string, string> = {}) {
  const sent: { status?: number; body?: unknown; headers: Record<string, string> } = { headers: {} };
  const response = {
    status: (s: number) => ((sent.status = s), response),
    json: (b: unknown) => ((sent.body = b), response),
    setHeader: (k: string, v: string) => void (sent.headers[k] = v),
  };
  const request = { header: (name: string) => headers[name.toLowerCase()] };
  const host = {
    switchToHttp: () => ({ getResponse: () => response, getRequest: () => request }),
  } as unknown as ArgumentsHost;
  new ErrorFilter().catch(exception, host);
  return sent;
}

describe('ErrorFilter and the read store', () => {
  it('answers 503 read_store_unavailable with Retry-After when no server could be selected', () => {
    const sent = answer(new MongoServerSelectionError('connect ECONNREFUSED 127.0.0.1:27017', {} as never));
    expect(sent.status).toBe(503);
    expect(sent.body).toMatchObject({ statusCode: 503, error: 'read_store_unavailable' });
    expect(sent.headers['Retry-After']).toBe('5');
  });

  it('still answers 500 for anything else', () => {
    expect(answer(new Error('boom')).status).toBe(500);
  });
});

describe('ErrorFilter and the sign-in refusals', () => {
  it('answers 401 unauthorized for Unauthenticated', () => {
    const sent = answer(new Unauthenticated('wrong username or password'));
    expect(sent.status).toBe(401);
    expect(sent.body).toEqual({ statusCode: 401, error: 'unauthorized', message: 'wrong username or password' });
  });

  it('answers 429 too_many_requests with Retry-After in whole seconds, at least one', () => {
    const sent = answer(new TooManyRequests('try again later', 1.2));
    expect(sent.status).toBe(429);
    expect(sent.body).toEqual({ statusCode: 429, error: 'too_many_requests', message: 'try again later' });
    expect(sent.headers['Retry-After']).toBe('2');
    expect(answer(new TooManyRequests('try again later', 0)).headers['Retry-After']).toBe('1');
  });
});

describe('ErrorFilter and If-Match', () => {
  const conflict = () => new ConcurrencyConflict('matching.need-n-1', '0', '2');

  it('answers a conflict 409 concurrency_conflict, or 412 precondition_failed when the request named a version', () => {
    expect(answer(conflict())).toMatchObject({ status: 409, body: { error: 'concurrency_conflict' } });
    expect(answer(conflict(), { 'if-match': '0' })).toMatchObject({
      status: 412,
      body: { statusCode: 412, error: 'precondition_failed', details: { expected: '0', actual: '2' } },
    });
  });
});

describe('ErrorFilter and the event store', () => {
  it('answers 422 append_too_large with the stream, the estimate and the limit', () => {
    const sent = answer(new AppendTooLarge('audit.import-1', 1_200_000, 1_048_576));
    expect(sent.status).toBe(422);
    expect(sent.body).toMatchObject({
      statusCode: 422,
      error: 'append_too_large',
      details: { streamId: 'audit.import-1', bytes: 1_200_000, limit: 1_048_576 },
    });
    expect(sent.headers['Retry-After']).toBeUndefined();
  });

  it('answers 409 stream_deleted naming the stream and how it was deleted', () => {
    const sent = answer(new StreamDeleted('matching.need-n-1', 'tombstoned'));
    expect(sent.status).toBe(409);
    expect(sent.body).toMatchObject({
      statusCode: 409,
      error: 'stream_deleted',
      details: { streamId: 'matching.need-n-1', how: 'tombstoned' },
    });
  });

  it('answers 503 event_store_unavailable with Retry-After: 5, without the cause in the body', () => {
    const sent = answer(
      new EventStoreUnavailable('no answer within 30 s', new Error('14 UNAVAILABLE: secret-host:2113')),
    );
    expect(sent.status).toBe(503);
    expect(sent.body).toMatchObject({ statusCode: 503, error: 'event_store_unavailable' });
    expect(JSON.stringify(sent.body)).not.toContain('secret-host');
    expect(sent.headers['Retry-After']).toBe('5');
  });

  it('names a record gongjian did not write in a stream it loads (500 foreign_event_in_stream), for the operator to restore', () => {
    const sent = answer(new ForeignEventInStream('matching.need-n-1', 3, 'rec-1'));
    expect(sent.status).toBe(500);
    expect(sent.body).toMatchObject({
      error: 'foreign_event_in_stream',
      message: expect.stringContaining('revision 3'),
    });
  });

  it('does not answer 412 for a deleted stream under If-Match: only a conflict of revisions is a failed precondition', () => {
    expect(answer(new StreamDeleted('matching.need-n-1', 'soft_deleted'), { 'if-match': '0' })).toMatchObject({
      status: 409,
      body: { error: 'stream_deleted' },
    });
  });
});
