import { Directory, type DirectoryEntry } from '@gongjian/auth';
import { Forbidden } from '@gongjian/eventing';
import { assertMayAnswer, requireSides, sidesOf } from './relation-sides';

const entry = (id: string, kind: DirectoryEntry['kind'], parentId: string | null): DirectoryEntry => ({
  _id: id,
  kind,
  parentId,
  name: id,
  status: 'active',
  registeredAt: '2026-01-01T00:00:00Z',
  version: 0,
});

/** 街道 s with communities c1 and c2; unit u located in c2. */
const entries = new Map(
  [
    entry('s', 'street', null),
    entry('c1', 'community', 's'),
    entry('c2', 'community', 's'),
    entry('u', 'unit', 'c2'),
  ].map((e) => [e._id, e]),
);
const directory = new Directory({
  get: async (id) => entries.get(id) ?? null,
  find: async () => [],
  count: async () => 0,
});

const admin = (orgId: string | null, role = 'community_admin') => ({ accountId: `a-${orgId}`, role, orgId });

describe('relation sides', () => {
  it('tells the organisation side, the unit side, both and neither', async () => {
    expect(await sidesOf(admin('c1'), 'c1', 'u', directory)).toBe('organization');
    expect(await sidesOf({ accountId: 'k', role: 'unit_contact', orgId: 'u' }, 'c1', 'u', directory)).toBe('unit');
    expect(await sidesOf(admin('s', 'street_admin'), 'c1', 'u', directory)).toBe('both');
    expect(await sidesOf(admin('c2'), 'c1', 'u', directory)).toBe('unit');
    expect(await sidesOf({ accountId: 'x', role: 'auditor', orgId: null }, 'c1', 'u', directory)).toBeNull();
  });

  it('refuses an actor on neither side with the typed 403', async () => {
    await expect(requireSides({ accountId: 'x', role: 'member', orgId: 'c1' }, 'c1', 'u', directory)).rejects.toThrow(
      Forbidden,
    );
  });

  it('lets the other side answer a proposal and the proposer withdraw it', () => {
    expect(assertMayAnswer('unit', 'organization', 'other', 'confirm')).toBe('unit');
    expect(() => assertMayAnswer('organization', 'organization', 'other', 'confirm')).toThrow(
      /only the unit side of this relationship may confirm/,
    );
    expect(assertMayAnswer('organization', 'organization', 'proposer', 'withdraw')).toBe('organization');
    expect(assertMayAnswer('both', 'unit', 'other', 'confirm')).toBe('both');
    // without a pending proposal either side passes (the decider answers 404 or 409)
    expect(assertMayAnswer('unit', null, 'other', 'confirm')).toBe('unit');
    expect(() => assertMayAnswer(null, null, 'other', 'confirm')).toThrow(Forbidden);
  });
});
