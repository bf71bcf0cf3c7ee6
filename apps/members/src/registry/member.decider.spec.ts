import { DomainRuleViolation, InvalidStateTransition } from '@gongjian/eventing';
import { deciderSpecification } from '@gongjian/eventing/testing';
import { type MemberCommand, memberDecider, type MemberEvent } from './member.decider';

const sealed = { alg: 'A256GCM' as const, keyId: 'm-1', data: 'AAAA' };
const grid = { id: 'g-1', kind: 'grid', status: 'active' };
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
  it('registers in a grid, building or unit branch only', () => {
    spec.given([]).when(register()).then([registered]);
    for (const kind of ['community', 'street', 'district'])
      spec
        .given([])
        .when(register({ branch: { id: 'x', kind, status: 'active' } }))
        .thenThrows(DomainRuleViolation, /grid, a building or a unit/);
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

  it('links the member’s own account, replacing an earlier link, and refuses the same link twice', () => {
    const linked = (accountId: string): MemberEvent => ({
      type: 'members.MemberAccountLinked',
      data: { memberId: 'm-1', accountId },
    });
    spec
      .given([registered])
      .when({ type: 'LinkAccount', accountId: 'zhangsan' })
      .then([linked('zhangsan')]);
    spec
      .given([registered, linked('zhangsan')])
      .when({ type: 'LinkAccount', accountId: 'zhangsan' })
      .thenThrows(InvalidStateTransition, /already linked/);
    spec
      .given([registered, linked('zhangsan')])
      .when({ type: 'LinkAccount', accountId: 'zhangsan2' })
      .then([linked('zhangsan2')]);
    spec.given([]).when({ type: 'LinkAccount', accountId: 'zhangsan' }).thenThrows(InvalidStateTransition);
  });

  it('erases once', () => {
    const erased: MemberEvent = { type: 'members.MemberErased', data: { memberId: 'm-1' } };
    spec.given([registered]).when({ type: 'ErasePersonalData' }).then([erased]);
    spec.given([registered, erased]).when({ type: 'ErasePersonalData' }).thenThrows(InvalidStateTransition);
  });
});
