import { type Decider, defineAggregate, DomainRuleViolation, InvalidStateTransition } from '@gongjian/eventing';
import { VOLUNTEERING_EVENTS } from '../volunteering-events';

/**
 * 季度轮值: which team serves which grid, and which activity (招募令), in a quarter. A team's
 * members may sign up for the activities of the grids and the activities their team is sent to,
 * wherever their own branch is (volunteering.policy.ts `mayServeActivity`).
 */
export interface RotationPublishedV1 {
  orgId: string;
  quarter: string;
  assignments: Array<{ gridId: string; teamId: string }>;
  /** activities served by a team this quarter (absent in rotations published before issue 18) */
  activityAssignments?: Array<{ activityId: string; teamId: string }>;
  /** grids and activities per team */
  loads: Record<string, number>;
}

/** 2027Q1 → an integer that grows by one each quarter. */
export function quarterIndex(quarter: string): number {
  const [year, q] = quarter.split('Q').map(Number);
  return year * 4 + (q - 1);
}

/**
 * Assigns grids to teams round-robin in id order, starting at an offset that moves by one every
 * quarter: each team gets ⌊G/T⌋ or ⌈G/T⌉ grids (loads within one of each other), and the same
 * grid is served by another team next quarter. Deterministic: the same input, the same schedule.
 */
export function rotate(quarter: string, teamIds: string[], gridIds: string[]): RotationPublishedV1['assignments'] {
  return rotatePlaces(quarter, teamIds, gridIds).map(({ place, teamId }) => ({ gridId: place, teamId }));
}

/**
 * `rotate` over grids and activities together: the grids in id order, then the activities in id
 * order, round-robin from the quarter's offset, so that loads (grids and activities) stay within
 * one of each other and a grids-only rotation is what `rotate` gives.
 */
export function rotateWithActivities(
  quarter: string,
  teamIds: string[],
  gridIds: string[],
  activityIds: string[],
): Pick<RotationPublishedV1, 'assignments' | 'activityAssignments'> {
  const grids = [...new Set(gridIds)].sort();
  const places = rotatePlaces(quarter, teamIds, [...grids, ...[...new Set(activityIds)].sort()], true);
  return {
    assignments: places.slice(0, grids.length).map(({ place, teamId }) => ({ gridId: place, teamId })),
    activityAssignments: places.slice(grids.length).map(({ place, teamId }) => ({ activityId: place, teamId })),
  };
}

function rotatePlaces(quarter: string, teamIds: string[], placeIds: string[], ordered = false) {
  const teams = [...new Set(teamIds)].sort();
  const places = ordered ? placeIds : [...new Set(placeIds)].sort();
  const offset = quarterIndex(quarter) % teams.length;
  return places.map((place, i) => ({ place, teamId: teams[(i + offset) % teams.length] }));
}

export function loadsOf(
  teamIds: string[],
  assignments: Array<{ teamId: string }>,
  activityAssignments: Array<{ teamId: string }> = [],
): Record<string, number> {
  const loads: Record<string, number> = Object.fromEntries([...new Set(teamIds)].sort().map((t) => [t, 0]));
  for (const a of [...assignments, ...activityAssignments]) loads[a.teamId] += 1;
  return loads;
}

export type RotationCommand = {
  type: 'PublishRotation';
  orgId: string;
  quarter: string;
  teamIds: string[];
  gridIds: string[];
  /** activities of the quarter under the organisation, served by teams too */
  activityIds?: string[];
};
export type RotationEvent = { type: typeof VOLUNTEERING_EVENTS.rotationPublished; data: RotationPublishedV1 };
export type RotationState = { published: boolean };

/** One schedule per organisation and quarter: its id, `<orgId>_<quarter>`, is also its document's. */
export const rotationId = (orgId: string, quarter: string) => `${orgId}_${quarter}`;

const rotationStream = (id: string) => `volunteering.rotation-${id}`;

export const rotationStreamId = (orgId: string, quarter: string) => rotationStream(rotationId(orgId, quarter));

export const rotationDecider: Decider<RotationCommand, RotationEvent, RotationState> = {
  initialState: () => ({ published: false }),
  decide(command, state) {
    if (state.published) throw new InvalidStateTransition(`the ${command.quarter} rotation is already published`);
    if (command.teamIds.length === 0)
      throw new DomainRuleViolation('a rotation needs at least one team', 'no_teams', { field: 'teamIds' });
    const activityIds = command.activityIds ?? [];
    if (command.gridIds.length === 0 && activityIds.length === 0)
      throw new DomainRuleViolation('there are no grids to serve', 'no_grids', { field: 'gridIds' });
    const { assignments, activityAssignments } = rotateWithActivities(
      command.quarter,
      command.teamIds,
      command.gridIds,
      activityIds,
    );
    return [
      {
        type: VOLUNTEERING_EVENTS.rotationPublished,
        data: {
          orgId: command.orgId,
          quarter: command.quarter,
          assignments,
          activityAssignments,
          loads: loadsOf(command.teamIds, assignments, activityAssignments),
        },
      },
    ];
  },
  evolve: () => ({ published: true }),
};

/** 季度轮值, bound to its stream by the rotation's id (`rotationId`). */
export const rotationAggregate = defineAggregate({
  name: 'rotation',
  decider: rotationDecider,
  streamId: rotationStream,
});
