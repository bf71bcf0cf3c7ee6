import {
  ACCOUNT_ROLE_CODES,
  ORG_KIND_CODES,
  ORG_STATUS_CODES,
  PAIRING_STATUS_CODES,
  QUANTITY_UNIT_CODES,
  UNIT_SECTOR_CODES,
} from '@gongjian/contracts';
import {
  array,
  boolean,
  date,
  id,
  integer,
  literal,
  named,
  type NamedSchema,
  nullable,
  number,
  object,
  oneOf,
  record,
  ref,
  string,
} from '@gongjian/http';
import type { toAccountResource } from './accounts/accounts.projection';
import type { toPairingResource } from './pairings/pairings.projection';
import type { toSiteResource } from './service-sites/service-sites.projection';
import { SITE_LEVELS, type SiteLevel } from './service-sites/service-site.decider';

/**
 * What the organizations service's routes answer (`@Returns()`), for the OpenAPI document: each
 * resource as its query returns it, typed by the function that makes it where there is one.
 */

const entry = {
  id: id(),
  version: integer(),
  name: string(),
  status: oneOf(ORG_STATUS_CODES),
  registeredAt: date(),
};

/** An organisation of the tree (区/县 down to 楼栋); `lineage`: its ancestors' ids, from the district. */
export const ORGANIZATION = named(
  'Organization',
  object(
    { ...entry, kind: oneOf(ORG_KIND_CODES), parentId: nullable(id()) },
    { lineage: array(id()), code: string({ description: "编码: the office's own code of the item" }) },
  ),
);

/** A resident unit (驻区单位), located in a community or street. */
export const UNIT = named(
  'Unit',
  object(
    { ...entry, kind: literal('unit'), parentId: id(), sector: oneOf(UNIT_SECTOR_CODES) },
    { lineage: array(id()), code: string({ description: "编码: the office's own code of the item" }) },
  ),
);

/**
 * A node of `GET /organizations/{id}/tree`: the organisation, its units, its children, the totals
 * at and below it (party members of a unit's branch count where the unit is located).
 */
export const ORGANIZATION_TREE = named(
  'OrganizationTree',
  object(
    {
      ...entry,
      kind: oneOf(ORG_KIND_CODES),
      parentId: nullable(id()),
      children: array(ref('OrganizationTree')),
      units: array(UNIT),
    },
    {
      lineage: array(id()),
      code: string({ description: "编码: the office's own code of the item" }),
      counts: object({ organizations: integer(), units: integer(), members: integer(), openNeeds: integer() }),
    },
  ),
);

export const UNIT_CONTRIBUTIONS = object({
  unitId: id(),
  totals: object({
    completedProjects: integer(),
    served: record(number()),
    evaluations: integer(),
    meanScore: nullable(number()),
  }),
  items: array(
    object({
      unitId: id(),
      communityId: id(),
      projectId: id(),
      title: string(),
      quantity: object({ amount: number(), unit: oneOf(QUANTITY_UNIT_CODES) }),
      completedAt: date(),
      scores: array(integer()),
      version: integer(),
    }),
  ),
  nextCursor: nullable(string()),
  total: integer(),
});

const side = oneOf(['unit', 'organization'] as const);

export const PAIRING: NamedSchema<ReturnType<typeof toPairingResource>> = named(
  'Pairing',
  object({
    id: id(),
    version: integer(),
    unitId: id(),
    orgId: id(),
    status: oneOf(PAIRING_STATUS_CODES),
    proposedBy: nullable(side),
    proposedOn: nullable(date()),
    establishedOn: nullable(date()),
    endedOn: nullable(date()),
    /** every step of the relation, oldest first, with the account that took it */
    history: array(
      object({
        step: oneOf(['proposed', 'established', 'declined', 'withdrawn', 'ended'] as const),
        at: date(),
        by: string(),
      }),
    ),
  }),
);

/** 联席会议: the members (past ones with `leftOn`) and the invitations and applications awaiting the other side. */
export const JOINT_MEETING = named(
  'JointMeeting',
  object({
    orgId: id(),
    version: integer(),
    members: array(
      object({ unitId: id(), joinedOn: date(), leftOn: nullable(date()), status: oneOf(['active', 'left'] as const) }),
    ),
    pending: array(object({ unitId: id(), proposedBy: side, proposedOn: date(), joinedOn: nullable(date()) })),
  }),
);

/** 兼职委员: the appointments of an organisation's joint meeting. */
export const PART_TIME_MEMBERS = named(
  'PartTimeMembers',
  object({
    orgId: id(),
    items: array(
      object({
        appointmentId: id(),
        unitId: id(),
        personName: string(),
        position: string(),
        term: object({ from: date(), to: date() }),
        endedOn: nullable(date()),
      }),
    ),
  }),
);

export const SERVICE_SITE: NamedSchema<ReturnType<typeof toSiteResource>> = named(
  'ServiceSite',
  object({
    id: id(),
    version: integer(),
    orgId: id(),
    name: string(),
    level: oneOf(Object.keys(SITE_LEVELS) as SiteLevel[]),
    address: string(),
    ratings: array(object({ year: integer(), stars: integer(), reason: string(), ratedBy: string() })),
    currentStars: nullable(integer()),
  }),
);

const throttle = { recentFailures: integer(), throttledAddresses: integer(), lastFailureAt: nullable(date()) };

export const ACCOUNT: NamedSchema<ReturnType<typeof toAccountResource>> = named(
  'Account',
  object({
    id: id(),
    username: id(),
    version: integer(),
    displayName: string(),
    role: oneOf(ACCOUNT_ROLE_CODES),
    orgId: nullable(id()),
    createdAt: date(),
    disabled: boolean(),
    disabledReason: nullable(oneOf(['by_admin', 'organization_dissolved'] as const)),
    disabledAt: nullable(date()),
    mustChangePassword: boolean(),
    passwordChangedAt: nullable(date()),
    /** the last sign-in recorded (at most one a minute is) and the client address it came from */
    lastSignIn: nullable(object({ at: date(), address: nullable(string()) })),
    loginThrottle: object(throttle),
  }),
);

export const LOGIN_ATTEMPTS = object({
  username: id(),
  ...throttle,
  addresses: array(
    object({ address: string(), failures: integer(), lastFailureAt: date(), retryAfterSeconds: integer() }),
  ),
});

export const LOGIN = object({
  accessToken: string(),
  tokenType: literal('Bearer'),
  mustChangePassword: boolean(),
  account: ACCOUNT,
});
