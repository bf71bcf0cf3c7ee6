import { ACTIVITY_STATUS_CODES, CATEGORY_CODES, WISH_STATUS_CODES } from '@gongjian/contracts';
import {
  array,
  boolean,
  date,
  id,
  integer,
  named,
  type NamedSchema,
  nullable,
  number,
  object,
  oneOf,
  record,
  string,
} from '@gongjian/http';
import type { activityResource } from './activities/activity.resource';
import type { teamResource } from './teams/team.resource';
import type { wishResource } from './wishes/wish.resource';

/**
 * What the volunteering service's routes answer (`@Returns()`), for the OpenAPI document. Member
 * ids (sign-ups, attendance, who claimed a wish, a team's roster) only to those who may see them;
 * others get counts, and a member account `self`: where it stands.
 */

export const ACTIVITY: NamedSchema<ReturnType<typeof activityResource>> = named(
  'Activity',
  object(
    {
      id: id(),
      version: integer(),
      orgId: id(),
      communityId: id(),
      title: string(),
      description: string(),
      category: oneOf(CATEGORY_CODES),
      place: string(),
      startsAt: date(),
      endsAt: date(),
      slots: integer(),
      pointsPerHour: number(),
      cancelled: boolean(),
      cancelReason: nullable(string()),
      openSlots: integer(),
      publishedAt: date(),
      signedUpCount: integer(),
      attendanceCount: integer(),
      verifiedHours: number(),
      status: oneOf(ACTIVITY_STATUS_CODES),
    },
    {
      signedUp: array(id()),
      attendance: array(object({ memberId: id(), hours: number(), verifiedAt: date() })),
      self: object({ memberId: id(), signedUp: boolean(), hours: nullable(number()) }),
    },
  ),
);

export const HOURS_SUMMARY = object({
  activities: integer(),
  /** each community by name beside its id (issue 17) */
  byCommunity: array(object({ communityId: id(), communityName: nullable(string()), verifiedHours: number() })),
});

/** 微心愿. */
export const WISH: NamedSchema<ReturnType<typeof wishResource>> = named(
  'Wish',
  object(
    {
      id: id(),
      version: integer(),
      communityId: id(),
      title: string(),
      description: string(),
      status: oneOf(WISH_STATUS_CODES),
      note: nullable(string()),
      postedAt: date(),
      fulfilledAt: nullable(date()),
    },
    { claimedBy: nullable(id()), self: object({ memberId: id(), claimed: boolean() }) },
  ),
);

/** 志愿服务队. */
export const TEAM: NamedSchema<ReturnType<typeof teamResource>> = named(
  'Team',
  object(
    { id: id(), version: integer(), orgId: id(), name: string(), formedAt: date(), memberCount: integer() },
    { memberIds: array(id()), self: object({ memberId: id(), member: boolean() }) },
  ),
);

/** A quarter's rotation of teams over the grids of an organisation (网格轮值). */
export const ROTATION = named(
  'Rotation',
  object({
    id: id(),
    version: integer(),
    orgId: id(),
    quarter: string({ pattern: '^\\d{4}Q[1-4]$' }),
    assignments: array(object({ gridId: id(), teamId: id() })),
    loads: record(integer()),
    publishedAt: date(),
  }),
);
