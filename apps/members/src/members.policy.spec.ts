import { Directory, type DirectoryEntry } from '@gongjian/auth';
import { type Actor, Forbidden } from '@gongjian/eventing';
import { MemoryDocumentStore } from '@gongjian/read-models';
import {
  accessTo,
  assertMayActForMember,
  assertMayCancelReport,
  assertMayDecideReport,
  assertMayRead,
  assertMayReadUnder,
  assertMayReport,
  assertMayTakeTransferStep,
  assertMayWithdrawReport,
  type MemberScope,
} from './members.policy';

/**
 * The rules of members.policy.ts on a small tree, without a process: the member belongs to a
 * grid of street 2, works at a unit of street 1 and reported (双报到) to community 1 of street 1
 * (test/members-authorization.e2e.spec.ts holds the same rules route by route through HTTP).
 */
const tree: Array<[string, DirectoryEntry['kind'], string | null]> = [
  ['d', 'district', null],
  ['s1', 'street', 'd'],
  ['c1', 'community', 's1'],
  ['u1', 'unit', 'c1'],
  ['s2', 'street', 'd'],
  ['c2', 'community', 's2'],
  ['g2', 'grid', 'c2'],
  ['c3', 'community', 's2'],
];

async function directory(): Promise<Directory> {
  const entries = new MemoryDocumentStore().collection<DirectoryEntry>('members.org-directory');
  for (const [id, kind, parentId] of tree)
    await entries.putIfNewer({ _id: id, version: 0, name: id, kind, parentId, status: 'active', registeredAt: '' });
  return new Directory(entries);
}

const admin = (role: string, orgId: string | null): Actor => ({ accountId: `${role}@${orgId}`, role, orgId });
const member: MemberScope = { branchId: 'g2', reportedTo: 'c1', employerUnitId: 'u1', accountId: 'li' };
const self: Actor = { accountId: 'li', role: 'member', orgId: 'g2' };

describe('members policy', () => {
  let dir: Directory;
  beforeAll(async () => {
    dir = await directory();
  });

  it('tells how each account stands to the member', async () => {
    const cases: Array<[Actor, string | null]> = [
      [admin('district_admin', 'd'), 'administer'],
      [admin('street_admin', 's2'), 'administer'],
      [admin('community_admin', 'c2'), 'administer'],
      [admin('community_admin', 'c1'), 'reported'],
      [admin('street_admin', 's1'), 'reported'],
      [admin('community_admin', 'c3'), null],
      [admin('unit_contact', 'u1'), 'employer'],
      [admin('unit_contact', 'u9'), null],
      [admin('auditor', 'd'), 'audit'],
      [self, 'self'],
      [{ ...self, accountId: 'wang' }, null],
      [{ accountId: 'system', role: 'system', orgId: null }, 'administer'],
    ];
    for (const [actor, access] of cases)
      expect({ actor: actor.accountId, access: await accessTo(actor, member, dir) }).toEqual({
        actor: actor.accountId,
        access,
      });
    const incoming = { ...member, reportedTo: null, pendingTransferTo: 'c3' };
    expect(await accessTo(admin('community_admin', 'c3'), incoming, dir)).toBe('incoming');
  });

  it('refuses with 403 whoever the member is none of the business of', async () => {
    await expect(assertMayRead(admin('community_admin', 'c3'), member, dir)).rejects.toThrow(
      /outside the organisation scope/,
    );
    await expect(assertMayRead({ ...self, accountId: 'wang' }, member, dir)).rejects.toThrow(Forbidden);
    await expect(assertMayRead(admin('unit_contact', 'u9'), member, dir)).rejects.toThrow(/its own unit/);
  });

  it('lets only the admins over the branch administer; the reported-to community never', async () => {
    await expect(assertMayActForMember(admin('community_admin', 'c2'), member, dir)).resolves.toBeUndefined();
    for (const actor of [admin('community_admin', 'c1'), admin('unit_contact', 'u1'), self, admin('auditor', 'd')])
      await expect(assertMayActForMember(actor, member, dir)).rejects.toThrow(Forbidden);
  });

  it('asks for 双报到 by the member or the branch; ends it by them or the receiving community', async () => {
    await expect(assertMayReport(self, member, 'c1', dir)).resolves.toEqual({ direct: false });
    await expect(assertMayReport(admin('community_admin', 'c2'), member, 'c1', dir)).resolves.toEqual({
      direct: false,
    });
    await expect(assertMayReport(admin('community_admin', 'c2'), member, 'c2', dir)).resolves.toEqual({ direct: true });
    await expect(assertMayReport(admin('district_admin', 'd'), member, 'c1', dir)).resolves.toEqual({ direct: true });
    await expect(assertMayReport(admin('community_admin', 'c1'), member, 'c1', dir)).rejects.toThrow(Forbidden);
    await expect(assertMayWithdrawReport(admin('community_admin', 'c1'), member, dir)).resolves.toBeUndefined();
    await expect(assertMayWithdrawReport(self, member, dir)).resolves.toBeUndefined();
    await expect(assertMayWithdrawReport(admin('community_admin', 'c3'), member, dir)).rejects.toThrow(Forbidden);
  });

  it('lets only the community a pending report is addressed to confirm it; the asker cancels it', async () => {
    const pending: MemberScope = { ...member, reportedTo: null, pendingReportTo: 'c1' };
    expect(await accessTo(admin('community_admin', 'c1'), pending, dir)).toBe('incoming');
    expect(await accessTo(admin('community_admin', 'c3'), pending, dir)).toBeNull();
    for (const actor of [admin('community_admin', 'c1'), admin('street_admin', 's1'), admin('district_admin', 'd')])
      await expect(assertMayDecideReport(actor, pending, dir)).resolves.toBeUndefined();
    for (const actor of [
      admin('community_admin', 'c2'),
      admin('community_admin', 'c3'),
      self,
      admin('unit_contact', 'u1'),
    ])
      await expect(assertMayDecideReport(actor, pending, dir)).rejects.toThrow(Forbidden);
    for (const actor of [self, admin('community_admin', 'c2')])
      await expect(assertMayCancelReport(actor, pending, dir)).resolves.toBeUndefined();
    for (const actor of [admin('community_admin', 'c1'), { ...self, accountId: 'wang' }])
      await expect(assertMayCancelReport(actor, pending, dir)).rejects.toThrow(Forbidden);
  });

  it('lists under a root in scope only', async () => {
    await expect(assertMayReadUnder(admin('street_admin', 's2'), 'c2', dir)).resolves.toBeUndefined();
    await expect(assertMayReadUnder(admin('unit_contact', 'u1'), 'u1', dir)).resolves.toBeUndefined();
    await expect(assertMayReadUnder(admin('street_admin', 's1'), 'c2', dir)).rejects.toThrow(/c2 is outside/);
    await expect(assertMayReadUnder(self, 'g2', dir)).rejects.toThrow(/may not list members/);
  });

  it('lets the side that did not ask answer a transfer, and the side that asked cancel it', async () => {
    const out = { ...member, pendingTransferTo: 'c3', transfers: [{ status: 'pending', direction: 'out' }] };
    const destination = admin('community_admin', 'c3');
    const source = admin('community_admin', 'c2');
    await expect(assertMayTakeTransferStep(destination, out, 'accepting', dir)).resolves.toBeUndefined();
    await expect(assertMayTakeTransferStep(source, out, 'accepting', dir)).rejects.toThrow(/other side/);
    await expect(assertMayTakeTransferStep(source, out, 'requesting', dir)).resolves.toBeUndefined();
    await expect(assertMayTakeTransferStep(destination, out, 'requesting', dir)).rejects.toThrow(/side that asked/);
    // nothing pending: the member's own admins go on (the decider answers 409), others get 403
    const none = { ...member, transfers: [] };
    await expect(assertMayTakeTransferStep(source, none, 'accepting', dir)).resolves.toBeUndefined();
    await expect(assertMayTakeTransferStep(destination, none, 'accepting', dir)).rejects.toThrow(Forbidden);
  });
});
