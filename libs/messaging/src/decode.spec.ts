import { decodeMessage } from './decode';

const envelope = {
  eventId: '0190a000-0000-7000-8000-000000000001',
  type: 'matching.NeedPosted',
  schemaVersion: 1,
  streamId: 'matching.need-1',
  streamRevision: 0,
  globalPosition: 7,
  occurredAt: '2026-12-04T00:00:00.000Z',
  recordedAt: '2026-12-04T00:00:00.000Z',
  actor: { accountId: 'root', role: 'district_admin', orgId: null },
  correlationId: 'c1',
  causationId: null,
  data: { needId: '1' },
  prevHash: '',
  hash: 'h',
};
const bytes = (v: unknown) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v));
const headers = { type: Buffer.from('matching.NeedPosted') };
const reason = (value: Buffer | null, h: Record<string, unknown> | undefined = headers, current?: number) => {
  const decoded = decodeMessage(value, h, current ? { currentSchemaVersion: () => current } : {});
  return decoded.ok ? 'ok' : decoded.reason;
};

describe('decodeMessage: what a consumer cannot read is parked, never thrown', () => {
  it('reads a well-formed envelope whose type header agrees', () => {
    const decoded = decodeMessage(bytes(envelope), headers);
    expect(decoded).toEqual({ ok: true, event: envelope });
  });

  it.each([
    ['an empty message', null, /^empty message/],
    ['bytes that are not JSON', bytes('{"eventId": oops'), /^not JSON: /],
    ['a JSON array', bytes([envelope]), /^not an envelope: the message is not a JSON object/],
    ['a JSON string', bytes('"hello"'), /^not an envelope/],
    ['no type', bytes({ ...envelope, type: undefined }), /^not an envelope: type is missing/],
    ['a type without a service', bytes({ ...envelope, type: 'NeedPosted' }), /names no service/],
    ['a negative revision', bytes({ ...envelope, streamRevision: -1 }), /streamRevision/],
    ['a fractional position', bytes({ ...envelope, globalPosition: 1.5 }), /globalPosition/],
    ['schema version 0', bytes({ ...envelope, schemaVersion: 0 }), /schemaVersion/],
    ['no actor', bytes({ ...envelope, actor: null }), /actor/],
    ['no data', bytes({ ...envelope, data: undefined }), /data is missing/],
  ])('parks %s with the reason', (_, value, expected) => {
    expect(reason(value)).toMatch(expected);
  });

  it('parks a message without a type header, or whose header disagrees with the envelope', () => {
    expect(reason(bytes(envelope), {})).toBe('missing header: type');
    expect(decodeMessage(bytes(envelope), undefined)).toEqual({ ok: false, reason: 'missing header: type' });
    expect(reason(bytes(envelope), { type: Buffer.from('matching.NeedCancelled') })).toMatch(/disagrees/);
  });

  it('parks a schema version newer than the consumer knows, and reads the ones it knows', () => {
    expect(reason(bytes({ ...envelope, schemaVersion: 2 }))).toMatch(/unknown schema version 2 .* up to 1/);
    expect(reason(bytes({ ...envelope, schemaVersion: 2 }), headers, 2)).toBe('ok');
  });
});
