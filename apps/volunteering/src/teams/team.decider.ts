import { type Decider, defineAggregate, DomainRuleViolation, InvalidStateTransition } from '@gongjian/eventing';
import { VOLUNTEERING_EVENTS } from '../volunteering-events';

/** 志愿服务队: a team of members under a community or street. */
export type TeamCommand =
  | { type: 'FormTeam'; teamId: string; orgId: string; name: string }
  | { type: 'AddMember'; memberId: string; known: boolean }
  | { type: 'RemoveMember'; memberId: string };

export type TeamEvent =
  | { type: typeof VOLUNTEERING_EVENTS.teamFormed; data: { teamId: string; orgId: string; name: string } }
  | { type: typeof VOLUNTEERING_EVENTS.teamMemberAdded; data: { teamId: string; memberId: string } }
  | { type: typeof VOLUNTEERING_EVENTS.teamMemberRemoved; data: { teamId: string; memberId: string } };

export type TeamState = { exists: false } | { exists: true; teamId: string; memberIds: string[] };

export const teamStreamId = (id: string) => `volunteering.team-${id}`;

export const teamDecider: Decider<TeamCommand, TeamEvent, TeamState> = {
  initialState: () => ({ exists: false }),
  decide(command, state) {
    if (command.type === 'FormTeam') {
      if (state.exists) throw new InvalidStateTransition('team already formed');
      return [
        {
          type: VOLUNTEERING_EVENTS.teamFormed,
          data: { teamId: command.teamId, orgId: command.orgId, name: command.name },
        },
      ];
    }
    if (!state.exists) throw new InvalidStateTransition('team not formed');
    if (command.type === 'AddMember') {
      if (!command.known)
        throw new DomainRuleViolation('not a registered party member', 'unknown_member', { field: 'memberId' });
      if (state.memberIds.includes(command.memberId)) throw new InvalidStateTransition('already in the team');
      return [
        { type: VOLUNTEERING_EVENTS.teamMemberAdded, data: { teamId: state.teamId, memberId: command.memberId } },
      ];
    }
    if (!state.memberIds.includes(command.memberId)) throw new InvalidStateTransition('not in the team');
    return [
      { type: VOLUNTEERING_EVENTS.teamMemberRemoved, data: { teamId: state.teamId, memberId: command.memberId } },
    ];
  },
  evolve(state, event) {
    if (event.type === VOLUNTEERING_EVENTS.teamFormed)
      return { exists: true, teamId: event.data.teamId, memberIds: [] };
    if (!state.exists) return state;
    if (event.type === VOLUNTEERING_EVENTS.teamMemberAdded)
      return { ...state, memberIds: [...state.memberIds, event.data.memberId] };
    return { ...state, memberIds: state.memberIds.filter((m) => m !== event.data.memberId) };
  },
};

export const teamAggregate = defineAggregate({ name: 'team', decider: teamDecider, streamId: teamStreamId });
