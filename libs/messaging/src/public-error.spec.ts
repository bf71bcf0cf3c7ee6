import { publicErrorText } from './public-error';

describe('publicErrorText (bus errors on the public health pages)', () => {
  it('keeps the message and drops the addresses it names', () => {
    expect(publicErrorText(new Error('Connection error: connect ECONNREFUSED 127.0.0.1:19392'))).toBe(
      'Connection error: connect ECONNREFUSED <address>',
    );
    expect(publicErrorText(new Error('connect ETIMEDOUT kafka-0.kafka.gongjian.svc:9092'))).toBe(
      'connect ETIMEDOUT <address>',
    );
    expect(publicErrorText('connect ECONNREFUSED [::1]:9092')).toBe('connect ECONNREFUSED <address>');
    expect(publicErrorText(new Error('broker down'))).toBe('broker down');
  });
});
