import {
  ACTIVITY_STATUS_CODES,
  CATEGORY_CODES,
  HOURS_VERIFICATION_CODES,
  VOLUNTEER_KIND_CODES,
  WISH_STATUS_CODES,
} from '@gongjian/contracts';
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
  page,
  record,
  string,
} from '@gongjian/http';
import type { activityResource } from './activities/activity.resource';
import type { CheckInCode } from './activities/check-in/check-in-code';
import type { residentResource } from './residents/resident.resource';
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
      openTo: array(oneOf(VOLUNTEER_KIND_CODES)),
      hoursVerification: oneOf(HOURS_VERIFICATION_CODES),
      cancelled: boolean(),
      cancelReason: nullable(string()),
      openSlots: integer(),
      publishedAt: date(),
      organisations: array(object({ unitId: id(), headcount: integer() })),
      organisationAttendance: array(
        object({ unitId: id(), headcount: integer(), hours: number(), verifiedAt: date() }),
      ),
      signedUpCount: integer({
        description: 'places taken: members and residents one each, an organisation its headcount',
      }),
      attendanceCount: integer(),
      checkInCount: integer(),
      verifiedHours: number({ description: 'person-hours verified: an organisation counts headcount × hours' }),
      status: oneOf(ACTIVITY_STATUS_CODES),
    },
    {
      signedUp: array(id()),
      attendance: array(object({ memberId: id(), hours: number(), verifiedAt: date() })),
      residents: array(id()),
      residentAttendance: array(object({ residentId: id(), hours: number(), verifiedAt: date() })),
      checkIns: array(
        object({
          kind: oneOf(['member', 'resident'] as const),
          volunteerId: id(),
          checkedInAt: date(),
          checkedOutAt: nullable(date()),
          hours: nullable(number()),
        }),
      ),
      self: object(
        {
          signedUp: boolean(),
          hours: nullable(number()),
          checkedInAt: nullable(date()),
          checkedOutAt: nullable(date()),
        },
        { memberId: id(), residentId: id() },
      ),
    },
  ),
);

/** `GET /activities/mine`: a volunteer's own activities, and the hours verified for them over all of them. */
export const OWN_ACTIVITIES = page(ACTIVITY, {
  verifiedHours: number({ description: "the hours verified for the caller's own record, every activity together" }),
});

/** 扫码签到: the code an organiser's screen shows, renewed every `periodSeconds`. */
export const CHECK_IN_CODE: NamedSchema<CheckInCode & { periodSeconds: number }> = named(
  'CheckInCode',
  object({
    activityId: id(),
    code: string({ description: 'the text of the QR image' }),
    digits: string({ pattern: '^\\d{6}$', description: 'the six digits a person types when the camera fails' }),
    window: integer(),
    validFrom: date(),
    expiresAt: date(),
    refreshAt: date(),
    periodSeconds: integer(),
  }),
);

/** 居民志愿者: the phone masked, never the number. */
export const RESIDENT: NamedSchema<ReturnType<typeof residentResource>> = named(
  'Resident',
  object({
    id: id(),
    version: integer(),
    communityId: id(),
    name: nullable(string()),
    phone: nullable(string({ description: 'masked: 138****5678' })),
    consentedOn: date(),
    consentWithdrawnAt: nullable(date()),
    status: oneOf(['active', 'withdrawn'] as const),
    accountId: nullable(id()),
    registeredAt: date(),
  }),
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
      gridId: nullable(id()),
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
    activityAssignments: array(object({ activityId: id(), teamId: id() })),
    loads: record(integer()),
    publishedAt: date(),
  }),
);
