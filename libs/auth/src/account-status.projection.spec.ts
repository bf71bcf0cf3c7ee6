import type { EventEnvelope } from '@gongjian/eventing';
import { ACCOUNT_EVENTS } from '@gongjian/contracts';
import { MemoryDocumentStore } from '@gongjian/read-models';
import { createJwtService, JwtKeyRing, signAccessToken, verifyAccessToken } from './jwt-keys';
import { AccountRevocations, type AccountStatus, accountStatusProjection } from './account-status.projection';

const projection = accountStatusProjection('test');
const T = Date.parse('2026-05-01T08:00:00.000Z');
const event = (type: string, data: Record<string, unknown>, revision: number) =>
  ({
    type,
    data: { accountId: 'er-shequ', ...data },
    streamId: 'organizations.account-er-shequ',
    streamRevision: revision,
  }) as unknown as EventEnvelope;

function fold(events: EventEnvelope[]): AccountStatus | null {
  let doc: AccountStatus | null = null;
  for (const [version, e] of events.entries()) {
    const next = projection.apply(doc, e);
    if (next) doc = { ...next, version } as AccountStatus;
  }
  return doc;
}

describe('account status projection (token revocation)', () => {
  it('given the account events, folds {disabled, tokensValidAfter}', () => {
    const created = event(ACCOUNT_EVENTS.created, { role: 'member', orgId: 'g', displayName: 'x' }, 0);
    const disabled = event(ACCOUNT_EVENTS.disabled, { reason: 'by_admin', at: new Date(T).toISOString() }, 1);
    const enabled = event(ACCOUNT_EVENTS.enabled, {}, 2);
    const changed = event(ACCOUNT_EVENTS.passwordChanged, { at: new Date(T + 5).toISOString() }, 3);
    const olderReset = event(ACCOUNT_EVENTS.passwordReset, { at: new Date(T + 1).toISOString() }, 4);
    expect(fold([created])).toMatchObject({ _id: 'er-shequ', disabled: false, tokensValidAfter: null });
    expect(fold([created, disabled])).toMatchObject({ disabled: true, tokensValidAfter: T });
    expect(fold([created, disabled, enabled])).toMatchObject({ disabled: false, tokensValidAfter: T });
    expect(fold([created, disabled, enabled, changed, olderReset])).toMatchObject({ tokensValidAfter: T + 5 });
  });

  it('refuses a token issued 1 ms before a change, accepts one issued at or after it', async () => {
    const documents = new MemoryDocumentStore();
    await documents
      .collection<AccountStatus>('test.account-status')
      .putIfNewer({ _id: 'er-shequ', version: 3, disabled: false, tokensValidAfter: T });
    const revocations = new AccountRevocations(documents, 'test');
    expect(await revocations.refusal('er-shequ', T - 1)).toMatch(/revoked/);
    expect(await revocations.refusal('er-shequ', T)).toBeNull();
    expect(await revocations.refusal('er-shequ', T + 1)).toBeNull();
    expect(await revocations.refusal('someone-else', 0)).toBeNull();
  });

  it('signs the issue time in milliseconds; a token without it counts from the start of its second', async () => {
    const jwt = createJwtService(new JwtKeyRing('a-secret-of-at-least-thirty-two-characters'));
    const before = Date.now();
    const claims = await verifyAccessToken(jwt, await signAccessToken(jwt, { sub: 'a', role: 'member', orgId: 'g' }));
    expect(claims.issuedAtMs).toBeGreaterThanOrEqual(before);
    expect(claims.issuedAtMs).toBeLessThanOrEqual(Date.now());
    expect(claims.mustChangePassword).toBe(false);
    const old = await verifyAccessToken(jwt, await jwt.signAsync({ sub: 'a', role: 'member', orgId: 'g' }));
    expect(old.issuedAtMs % 1000).toBe(0);
    const temp = await signAccessToken(jwt, { sub: 'a', role: 'member', orgId: 'g' }, { mustChangePassword: true });
    expect((await verifyAccessToken(jwt, temp)).mustChangePassword).toBe(true);
  });
});
