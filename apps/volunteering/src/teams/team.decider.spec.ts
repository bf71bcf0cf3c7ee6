import { DomainRuleViolation, InvalidStateTransition } from '@gongjian/eventing';
import { deciderSpecification } from '@gongjian/eventing/testing';
import { teamDecider, type TeamEvent } from './team.decider';

const formed: TeamEvent = { type: 'volunteering.TeamFormed', data: { teamId: 't-1', orgId: 'c-1', name: '红马甲' } };
const added = (memberId: string): TeamEvent => ({
  type: 'volunteering.TeamMemberAdded',
  data: { teamId: 't-1', memberId },
});
const spec = deciderSpecification(teamDecider);

describe('team decider', () => {
  it('forms a team once', () => {
    spec.given([]).when({ type: 'FormTeam', teamId: 't-1', orgId: 'c-1', name: '红马甲' }).then([formed]);
    spec
      .given([formed])
      .when({ type: 'FormTeam', teamId: 't-1', orgId: 'c-1', name: '红马甲' })
      .thenThrows(InvalidStateTransition);
    spec.given([]).when({ type: 'AddMember', memberId: 'm-1', known: true }).thenThrows(InvalidStateTransition);
  });

  it('adds known members once and removes only members of the team', () => {
    spec
      .given([formed])
      .when({ type: 'AddMember', memberId: 'm-1', known: true })
      .then([added('m-1')]);
    spec
      .given([formed])
      .when({ type: 'AddMember', memberId: 'm-1', known: false })
      .thenThrows(DomainRuleViolation, /registered/);
    spec
      .given([formed, added('m-1')])
      .when({ type: 'AddMember', memberId: 'm-1', known: true })
      .thenThrows(InvalidStateTransition);
    spec
      .given([formed, added('m-1')])
      .when({ type: 'RemoveMember', memberId: 'm-1' })
      .then([{ type: 'volunteering.TeamMemberRemoved', data: { teamId: 't-1', memberId: 'm-1' } }]);
    spec.given([formed]).when({ type: 'RemoveMember', memberId: 'm-1' }).thenThrows(InvalidStateTransition);
    spec
      .given([
        formed,
        added('m-1'),
        { type: 'volunteering.TeamMemberRemoved', data: { teamId: 't-1', memberId: 'm-1' } },
      ])
      .when({ type: 'AddMember', memberId: 'm-1', known: true })
      .then([added('m-1')]);
  });
});
