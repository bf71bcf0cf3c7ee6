import { DomainRuleViolation, InvalidStateTransition } from '@gongjian/eventing';
import { deciderSpecification } from '@gongjian/eventing/testing';
import { type MemberCommand, memberDecider, type MemberEvent } from './member.decider';

const sealed = { alg: 'A256GCM' as const, keyId: 'm-1', data: 'AAAA' };
/** a grid's party branch (网格党支部): where a member's relationship is held (issue 18) */
const grid = { id: 'g-1', kind: 'branch', status: 'active' };
const unit = { id: 'u-1', kind: 'unit', status: 'active' };
const register = (over: Partial<Extract<MemberCommand, { type: 'RegisterMember' }>> = {}): MemberCommand => ({
  type: 'RegisterMember',
  memberId: 'm-1',
  name: '张三',
  branch: grid,
  joinedPartyOn: '2001-07-01',
  employer: unit,
  employerUnitId: 'u-1',
  personal: sealed,
  ...over,
});
const registered: MemberEvent = {
  type: 'members.MemberRegistered',
  data: {
    memberId: 'm-1',
    name: '张三',
    branchId: 'g-1',
    joinedPartyOn: '2001-07-01',
    employerUnitId: 'u-1',
    personal: sealed,
  },
};
const spec = deciderSpecification(memberDecider);

describe('member decider', () => {
  it('registers in a party branch or a unit branch only: not in an area (a grid, a building) since issue 18', () => {
    spec.given([]).when(register()).then([registered]);
    for (const kind of ['community', 'street', 'district', 'grid', 'building', 'party_group'])
      spec
        .given([])
        .when(register({ branch: { id: 'x', kind, status: 'active' } }))
        .thenThrows(DomainRuleViolation, /party branch or a unit/);
    spec
      .given([])
      .when(register({ branch: { ...grid, status: 'dissolved' } }))
      .thenThrows(DomainRuleViolation, /dissolved/);
    spec
      .given([])
      .when(register({ employer: grid, employerUnitId: 'g-1' }))
      .thenThrows(DomainRuleViolation, /not a known unit/);
  });

  it('transfers between branches, keeping the from-branch, and refuses non-branches', () => {
    spec
      .given([registered])
      .when({ type: 'TransferMember', toBranch: unit, toBranchId: 'u-1' })
      .then([{ type: 'members.MemberTransferred', data: { memberId: 'm-1', fromBranchId: 'g-1', toBranchId: 'u-1' } }]);
    spec
      .given([registered])
      .when({ type: 'TransferMember', toBranch: null, toBranchId: 'x' })
      .thenThrows(DomainRuleViolation);
    spec
      .given([registered])
      .when({ type: 'TransferMember', toBranch: grid, toBranchId: 'g-1' })
      .thenThrows(DomainRuleViolation, /already/);
  });

  it('reports to one community at a time, and only in service', () => {
    const community = { id: 'c-1', kind: 'community', status: 'active' };
    const report: MemberCommand = {
      type: 'ReportToCommunity',
      community,
      communityId: 'c-1',
      reportedOn: '2026-11-25',
    };
    const reported: MemberEvent = {
      type: 'members.MemberReportedToCommunity',
      data: { memberId: 'm-1', communityId: 'c-1', reportedOn: '2026-11-25' },
    };
    spec.given([registered]).when(report).then([reported]);
    spec.given([registered, reported]).when(report).thenThrows(InvalidStateTransition);
    spec.given([registered]).when({ type: 'WithdrawReport' }).thenThrows(InvalidStateTransition);
    const retired: MemberEvent = { ...registered, data: { ...registered.data, employerUnitId: null } } as MemberEvent;
    spec
      .given([retired])
      .when(report)
      .thenThrows(DomainRuleViolation, /in-service/);
  });

  it('answers a dissolved branch or community with the one code of that rule everywhere', () => {
    const codeOf = (given: MemberEvent[], command: MemberCommand) => {
      try {
        memberDecider.decide(command, given.reduce(memberDecider.evolve, memberDecider.initialState()));
      } catch (error) {
        return { code: (error as DomainRuleViolation).code, field: (error as DomainRuleViolation).details?.field };
      }
      throw new Error('the decider accepted a dissolved organisation');
    };
    const dissolved = { status: 'dissolved' };
    expect(codeOf([], register({ branch: { ...grid, ...dissolved } }))).toEqual({
      code: 'organisation_dissolved',
      field: 'branchId',
    });
    expect(
      codeOf([registered], {
        type: 'ReportToCommunity',
        community: { id: 'c-1', kind: 'community', ...dissolved },
        communityId: 'c-1',
        reportedOn: '2026-11-25',
      }),
    ).toEqual({ code: 'organisation_dissolved', field: 'communityId' });
  });

  it('links an account in two steps: an admin proposes it, that account confirms; the same link twice is refused', () => {
    const proposed = (accountId: string): MemberEvent => ({
      type: 'members.MemberAccountLinkProposed',
      data: { memberId: 'm-1', accountId },
    });
    const linked = (accountId: string): MemberEvent => ({
      type: 'members.MemberAccountLinked',
      data: { memberId: 'm-1', accountId },
    });
    spec
      .given([registered])
      .when({ type: 'ProposeAccountLink', accountId: 'zhangsan' })
      .then([proposed('zhangsan')]);
    spec
      .given([registered, proposed('zhangsan')])
      .when({ type: 'ProposeAccountLink', accountId: 'zhangsan' })
      .thenThrows(InvalidStateTransition, /yet to confirm/);
    spec
      .given([registered, proposed('zhangsan')])
      .when({ type: 'ConfirmAccountLink', accountId: 'zhangsan' })
      .then([linked('zhangsan')]);
    // only the account proposed confirms, and only once proposed
    spec
      .given([registered, proposed('zhangsan')])
      .when({ type: 'ConfirmAccountLink', accountId: 'lisi' })
      .thenThrows(InvalidStateTransition, /waiting for confirmation/);
    spec
      .given([registered])
      .when({ type: 'ConfirmAccountLink', accountId: 'zhangsan' })
      .thenThrows(InvalidStateTransition, /waiting for confirmation/);
    spec
      .given([registered, proposed('zhangsan'), linked('zhangsan')])
      .when({ type: 'ConfirmAccountLink', accountId: 'zhangsan' })
      .thenThrows(InvalidStateTransition);
    spec
      .given([registered, proposed('zhangsan'), linked('zhangsan')])
      .when({ type: 'ProposeAccountLink', accountId: 'zhangsan' })
      .thenThrows(InvalidStateTransition, /already linked/);
    // a new proposal replaces the earlier link only once confirmed
    spec
      .given([registered, proposed('zhangsan'), linked('zhangsan')])
      .when({ type: 'ProposeAccountLink', accountId: 'zhangsan2' })
      .then([proposed('zhangsan2')]);
    spec.given([]).when({ type: 'ProposeAccountLink', accountId: 'zhangsan' }).thenThrows(InvalidStateTransition);
  });

  describe('双报到 asked by the member, confirmed or declined by the receiving community', () => {
    const community = { id: 'c-1', kind: 'community', status: 'active' };
    const request: MemberCommand = {
      type: 'RequestCommunityReport',
      community,
      communityId: 'c-1',
      requestedOn: '2026-12-06',
    };
    const requested: MemberEvent = {
      type: 'members.CommunityReportRequested',
      data: { memberId: 'm-1', communityId: 'c-1', requestedOn: '2026-12-06' },
    };
    const confirmed: MemberEvent = {
      type: 'members.MemberReportedToCommunity',
      data: { memberId: 'm-1', communityId: 'c-1', reportedOn: '2026-12-07' },
    };
    const confirm: MemberCommand = { type: 'ConfirmCommunityReport', community, reportedOn: '2026-12-07' };

    it('a request waits; the community confirms it into the public report, which a second request then meets', () => {
      spec.given([registered]).when(request).then([requested]);
      spec.given([registered, requested]).when(confirm).then([confirmed]);
      spec
        .given([registered, requested, confirmed])
        .when(request)
        .thenThrows(InvalidStateTransition, /already reported/);
    });

    it('one request at a time, and none while a report stands (old streams: a report without a request)', () => {
      spec
        .given([registered, requested])
        .when(request)
        .thenThrows(InvalidStateTransition, /waits for its confirmation/);
      spec
        .given([registered, requested])
        .when({ type: 'ReportToCommunity', community, communityId: 'c-1', reportedOn: '2026-12-06' })
        .thenThrows(InvalidStateTransition, /waits/);
      const old: MemberEvent = { ...confirmed, data: { ...confirmed.data, reportedOn: '2025-01-01' } };
      spec
        .given([registered, old])
        .when(request)
        .thenThrows(InvalidStateTransition, /already reported/);
      spec
        .given([registered, old])
        .when({ type: 'WithdrawReport' })
        .then([{ type: 'members.CommunityReportWithdrawn', data: { memberId: 'm-1', communityId: 'c-1' } }]);
    });

    it('declined with a reason, or cancelled by the asker: nothing is reported and a new request may follow', () => {
      const declined: MemberEvent = {
        type: 'members.CommunityReportDeclined',
        data: { memberId: 'm-1', communityId: 'c-1', reason: '不住本社区' },
      };
      spec
        .given([registered, requested])
        .when({ type: 'DeclineCommunityReport', reason: '不住本社区' })
        .then([declined]);
      spec
        .given([registered, requested])
        .when({ type: 'CancelCommunityReport' })
        .then([{ type: 'members.CommunityReportCancelled', data: { memberId: 'm-1', communityId: 'c-1' } }]);
      spec.given([registered, requested, declined]).when(request).then([requested]);
      spec
        .given([registered, requested, declined])
        .when(confirm)
        .thenThrows(InvalidStateTransition, /no report/);
      spec
        .given([registered])
        .when({ type: 'CancelCommunityReport' })
        .thenThrows(InvalidStateTransition, /no report/);
      spec.given([registered]).when({ type: 'DeclineCommunityReport', reason: '' }).thenThrows(InvalidStateTransition);
    });

    it('refuses a member not in service, a non-community, and a community dissolved while the request waited', () => {
      spec
        .given([{ ...registered, data: { ...registered.data, employerUnitId: null } } as MemberEvent])
        .when(request)
        .thenThrows(DomainRuleViolation, /in-service/);
      spec
        .given([registered])
        .when({
          ...request,
          community: { id: 'g-1', kind: 'grid', status: 'active' },
          communityId: 'g-1',
        } as MemberCommand)
        .thenThrows(DomainRuleViolation, /not a known community/);
      spec
        .given([registered, requested])
        .when({ ...confirm, community: { ...community, status: 'dissolved' } } as MemberCommand)
        .thenThrows(DomainRuleViolation, /dissolved/);
    });
  });

  describe('组织关系转接 between two sides', () => {
    const grid2 = { id: 'g-2', kind: 'branch', status: 'active' };
    const requested = (direction: 'out' | 'in'): MemberEvent => ({
      type: 'members.MemberTransferRequested',
      data: { memberId: 'm-1', fromBranchId: 'g-1', toBranchId: 'g-2', direction },
    });
    const transferred: MemberEvent = {
      type: 'members.MemberTransferred',
      data: { memberId: 'm-1', fromBranchId: 'g-1', toBranchId: 'g-2' },
    };

    it('records a request of either side, and completes it only on acceptance', () => {
      for (const direction of ['out', 'in'] as const) {
        spec
          .given([registered])
          .when({ type: 'RequestTransfer', toBranch: grid2, toBranchId: 'g-2', direction })
          .then([requested(direction)]);
        spec
          .given([registered, requested(direction)])
          .when({ type: 'AcceptTransfer', toBranch: grid2 })
          .then([transferred]);
      }
      spec
        .given([registered])
        .when({ type: 'RequestTransfer', toBranch: grid, toBranchId: 'g-1', direction: 'out' })
        .thenThrows(DomainRuleViolation, /already/);
      spec
        .given([registered])
        .when({ type: 'RequestTransfer', toBranch: null, toBranchId: 'x', direction: 'in' })
        .thenThrows(DomainRuleViolation, /not a known/);
    });

    it('allows one pending request at a time, and no transfer at once beside it', () => {
      spec
        .given([registered, requested('out')])
        .when({ type: 'RequestTransfer', toBranch: unit, toBranchId: 'u-1', direction: 'out' })
        .thenThrows(InvalidStateTransition, /pending/);
      spec
        .given([registered, requested('in')])
        .when({ type: 'TransferMember', toBranch: unit, toBranchId: 'u-1' })
        .thenThrows(InvalidStateTransition, /pending/);
    });

    it('declines or cancels a pending request, after which nothing is left to accept', () => {
      const declined: MemberEvent = {
        type: 'members.MemberTransferDeclined',
        data: { memberId: 'm-1', fromBranchId: 'g-1', toBranchId: 'g-2', reason: '不在本支部' },
      };
      const cancelled: MemberEvent = {
        type: 'members.MemberTransferCancelled',
        data: { memberId: 'm-1', fromBranchId: 'g-1', toBranchId: 'g-2' },
      };
      spec
        .given([registered, requested('out')])
        .when({ type: 'DeclineTransfer', reason: '不在本支部' })
        .then([declined]);
      spec
        .given([registered, requested('in')])
        .when({ type: 'CancelTransfer' })
        .then([cancelled]);
      for (const after of [declined, cancelled, transferred])
        spec
          .given([registered, requested('out'), after])
          .when({ type: 'AcceptTransfer', toBranch: grid2 })
          .thenThrows(InvalidStateTransition, /no transfer/);
      spec.given([registered]).when({ type: 'DeclineTransfer', reason: '' }).thenThrows(InvalidStateTransition);
      spec.given([registered]).when({ type: 'CancelTransfer' }).thenThrows(InvalidStateTransition);
    });

    it('refuses to accept into a branch dissolved while the request waited', () => {
      spec
        .given([registered, requested('out')])
        .when({ type: 'AcceptTransfer', toBranch: { ...grid2, status: 'dissolved' } })
        .thenThrows(DomainRuleViolation, /dissolved/);
    });
  });

  it('erases once', () => {
    const erased: MemberEvent = { type: 'members.MemberErased', data: { memberId: 'm-1' } };
    spec.given([registered]).when({ type: 'ErasePersonalData' }).then([erased]);
    spec.given([registered, erased]).when({ type: 'ErasePersonalData' }).thenThrows(InvalidStateTransition);
  });
});

describe('the migration of issue 18: a member of a grid or building moves to the branch formed over it', () => {
  const inArea = (_kind: 'grid' | 'building'): MemberEvent => ({
    ...registered,
    data: { ...registered.data, branchId: 'area-1' },
  });
  const area = (kind: string) => ({ id: 'area-1', kind, status: 'active' });
  const branch = { id: 'br-1', kind: 'branch', status: 'active' };
  const migrated: MemberEvent = {
    type: 'members.MemberTransferred',
    data: { memberId: 'm-1', fromBranchId: 'area-1', toBranchId: 'br-1', reason: 'branch_formed' },
  };

  it('moves a member held by a grid or a building, as a transfer by reason of the formation', () => {
    for (const kind of ['grid', 'building'] as const)
      spec
        .given([inArea(kind)])
        .when({ type: 'MigrateBranch', from: area(kind), branch })
        .then([migrated]);
  });

  it('moves nobody twice, nor anyone whose branch is a party branch or a unit already', () => {
    spec
      .given([inArea('grid'), migrated])
      .when({ type: 'MigrateBranch', from: branch, branch })
      .then([]);
    spec.given([registered]).when({ type: 'MigrateBranch', from: grid, branch }).then([]);
    spec
      .given([inArea('grid')])
      .when({ type: 'MigrateBranch', from: area('grid'), branch: { ...branch, status: 'dissolved' } })
      .then([]);
    // `from` must be where the member is now: a stale read moves nothing
    spec
      .given([inArea('grid')])
      .when({ type: 'MigrateBranch', from: { ...area('grid'), id: 'g-9' }, branch })
      .then([]);
  });

  it('keeps a transfer the member asked for pending across the migration', () => {
    const requested: MemberEvent = {
      type: 'members.MemberTransferRequested',
      data: { memberId: 'm-1', fromBranchId: 'area-1', toBranchId: 'u-1', direction: 'out' },
    };
    spec
      .given([inArea('grid'), requested, migrated])
      .when({ type: 'AcceptTransfer', toBranch: unit })
      .then([
        { type: 'members.MemberTransferred', data: { memberId: 'm-1', fromBranchId: 'br-1', toBranchId: 'u-1' } },
      ]);
  });
});
