import { MongoClient, MongoNetworkError, MongoServerError, MongoTopologyClosedError } from 'mongodb';
import { isReadStoreUnavailable } from './read-store-errors';
import { reconnectOptions } from './mongodb.document-store';

describe('isReadStoreUnavailable: an outage, not a bad request', () => {
  it('classifies the driver error of a server that refuses connections (no server selected)', async () => {
    // a port nobody listens on: the driver's real error after its server-selection timeout
    const client = new MongoClient('mongodb://127.0.0.1:9/x', { serverSelectionTimeoutMS: 300 });
    const error = await client
      .db()
      .collection('c')
      .findOne({ _id: 'a' } as never)
      .catch((e: unknown) => e);
    await client.close();
    expect((error as Error).name).toBe('MongoServerSelectionError');
    expect(isReadStoreUnavailable(error)).toBe(true);
  });

  it('classifies network errors, cleared pools and shutting-down servers, also when wrapped', () => {
    expect(isReadStoreUnavailable(new MongoNetworkError('connection 3 to 127.0.0.1:27017 closed'))).toBe(true);
    expect(isReadStoreUnavailable(new MongoServerError({ code: 91, errmsg: 'shutdown in progress' }))).toBe(true);
    expect(isReadStoreUnavailable(new MongoServerError({ code: 10107, errmsg: 'not primary' }))).toBe(true);
    const wrapped = new Error('could not load the account', { cause: new MongoNetworkError('socket hang up') });
    expect(isReadStoreUnavailable(wrapped)).toBe(true);
    const mongoose = Object.assign(new Error('Server selection timed out'), { name: 'MongooseServerSelectionError' });
    expect(isReadStoreUnavailable(mongoose)).toBe(true);
  });

  it('does not classify bad requests, duplicate keys, our own shutdown or other errors', () => {
    expect(isReadStoreUnavailable(new MongoServerError({ code: 11000, errmsg: 'E11000 duplicate key' }))).toBe(false);
    expect(isReadStoreUnavailable(new MongoServerError({ code: 2, errmsg: 'BadValue' }))).toBe(false);
    expect(isReadStoreUnavailable(new MongoTopologyClosedError())).toBe(false);
    expect(isReadStoreUnavailable(new Error('connect ECONNREFUSED'))).toBe(false);
    expect(isReadStoreUnavailable(undefined)).toBe(false);
  });
});

describe('reconnectOptions', () => {
  it('sets short selection, heartbeat and connect timeouts unless the URL sets them', () => {
    expect(reconnectOptions('mongodb://db:27017/g')).toEqual({
      serverSelectionTimeoutMS: 3000,
      heartbeatFrequencyMS: 2000,
      connectTimeoutMS: 3000,
    });
    expect(reconnectOptions('mongodb://db:27017/g?serverSelectionTimeoutMS=8000&heartbeatfrequencyms=500')).toEqual({
      connectTimeoutMS: 3000,
    });
  });
});
