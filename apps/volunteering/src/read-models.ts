import { Injectable } from '@nestjs/common';
import type { EventEnvelope } from '@gongjian/eventing';
import { type MicroWishFulfilledV1, type WishStatus } from '@gongjian/contracts';
import { gridWorkersProjection, orgDirectoryProjection } from '@gongjian/auth';
import type { Projection, ReadModel, ReadModelDocument } from '@gongjian/read-models';
import { Queries } from '@gongjian/runtime';
import {
  VOLUNTEERING_MEMBERS_COLLECTION,
  type VolunteerMember,
  volunteerMembersProjection,
} from './members.projection';
import { activitiesProjection, type ActivityDocument } from './activities/activities.projection';
import { type ResidentDocument, residentsProjection } from './residents/residents.projection';
import type { RotationPublishedV1 } from './teams/rotation';
import type { WishDetails } from './wishes/wish.decider';
import { VOLUNTEERING_EVENTS } from './volunteering-events';

export { activitiesProjection, type ActivityDocument } from './activities/activities.projection';
export { residentsProjection, type ResidentDocument } from './residents/residents.projection';

const V = VOLUNTEERING_EVENTS;

export interface WishDocument extends ReadModelDocument, Omit<WishDetails, 'wishId' | 'gridId'> {
  /** null: of the whole community (and every wish posted before issue 18) */
  gridId: string | null;
  status: WishStatus;
  claimedBy: string | null;
  note: string | null;
  postedAt: string;
  fulfilledAt: string | null;
}

export interface TeamDocument extends ReadModelDocument {
  orgId: string;
  name: string;
  memberIds: string[];
  formedAt: string;
}

export interface RotationDocument extends ReadModelDocument, RotationPublishedV1 {
  activityAssignments: NonNullable<RotationPublishedV1['activityAssignments']>;
  publishedAt: string;
}

export const wishesProjection: Projection<WishDocument> = {
  name: 'micro-wishes',
  collection: 'volunteering.micro-wishes',
  handles: [V.wishPosted, V.wishClaimed, V.wishReleased, V.wishMarkedDone, V.microWishFulfilled],
  indexes: [{ fields: { communityId: 1, status: 1 } }],
  apply(doc, event: EventEnvelope) {
    if (event.type === V.wishPosted) {
      const { wishId, gridId, ...details } = event.data as WishDetails;
      return {
        _id: wishId,
        ...details,
        gridId: gridId ?? null,
        status: 'open',
        claimedBy: null,
        note: null,
        postedAt: event.occurredAt,
        fulfilledAt: null,
      };
    }
    if (!doc) return null;
    switch (event.type) {
      case V.wishClaimed:
        return { ...doc, status: 'claimed', claimedBy: (event.data as { memberId: string }).memberId };
      case V.wishReleased:
        return { ...doc, status: 'open', claimedBy: null };
      case V.wishMarkedDone:
        return { ...doc, status: 'done', note: (event.data as { note: string }).note };
      case V.microWishFulfilled:
        return { ...doc, status: 'fulfilled', fulfilledAt: (event.data as MicroWishFulfilledV1).confirmedAt };
      default:
        return null;
    }
  },
};

export const teamsProjection: Projection<TeamDocument> = {
  name: 'teams',
  collection: 'volunteering.teams',
  handles: [V.teamFormed, V.teamMemberAdded, V.teamMemberRemoved],
  indexes: [{ fields: { orgId: 1 } }],
  apply(doc, event: EventEnvelope) {
    const data = event.data as { teamId: string; orgId: string; name: string; memberId: string };
    if (event.type === V.teamFormed)
      return { _id: data.teamId, orgId: data.orgId, name: data.name, memberIds: [], formedAt: event.occurredAt };
    if (!doc) return null;
    if (event.type === V.teamMemberAdded) return { ...doc, memberIds: [...doc.memberIds, data.memberId] };
    return { ...doc, memberIds: doc.memberIds.filter((m) => m !== data.memberId) };
  },
};

export const rotationsProjection: Projection<RotationDocument> = {
  name: 'rotations',
  collection: 'volunteering.rotations',
  handles: [V.rotationPublished],
  indexes: [{ fields: { orgId: 1 } }, { fields: { quarter: 1 } }],
  apply(_doc, event: EventEnvelope) {
    const data = event.data as RotationPublishedV1;
    const activityAssignments = data.activityAssignments ?? [];
    return { _id: `${data.orgId}_${data.quarter}`, ...data, activityAssignments, publishedAt: event.occurredAt };
  },
};

/**
 * The read models of the volunteering service, from this one entry (which pulls in no controller):
 * the module registers them, this service answers replays, time travel and effects of them for the
 * audit service (ReadModels, `/api/v1/read-models`; docs/ops/service-boundaries.md), and its use
 * cases query them through `VolunteeringReadModels` (read-only).
 */
export const VOLUNTEERING_PROJECTIONS: Projection<any>[] = [
  activitiesProjection,
  wishesProjection,
  teamsProjection,
  rotationsProjection,
  volunteerMembersProjection,
  residentsProjection,
  orgDirectoryProjection('volunteering'),
  // the terms of grid workers (issue 18): whose micro-wishes a grid worker reads
  gridWorkersProjection('volunteering'),
];

/** What the volunteering service's use cases read: its read models, typed and read-only. */
@Injectable()
export class VolunteeringReadModels {
  readonly activities: ReadModel<ActivityDocument>;
  readonly wishes: ReadModel<WishDocument>;
  readonly teams: ReadModel<TeamDocument>;
  readonly rotations: ReadModel<RotationDocument>;
  /** who may serve where, and which member a `member` account is (members.projection.ts) */
  readonly members: ReadModel<VolunteerMember>;
  /** resident volunteers (non-party), registered here with their consent */
  readonly residents: ReadModel<ResidentDocument>;

  constructor(queries: Queries) {
    this.activities = queries.of(activitiesProjection.collection, 'activity');
    this.wishes = queries.of(wishesProjection.collection, 'micro-wish');
    this.teams = queries.of(teamsProjection.collection, 'team');
    this.rotations = queries.of(rotationsProjection.collection, 'rotation');
    this.members = queries.of(VOLUNTEERING_MEMBERS_COLLECTION, 'member');
    this.residents = queries.of(residentsProjection.collection, 'resident');
  }
}
