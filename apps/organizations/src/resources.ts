import {
  ACCOUNT_ROLE_CODES,
  BRANCH_FORMATION_CODES,
  GRID_ROLE_HOLDER_KIND_CODES,
  GRID_ROSTER_ACTION_CODES,
  HOUSEHOLD_DUTY_CODES,
  ORG_KIND_CODES,
  PARTY_ORG_ACTION_CODES,
  PARTY_ORG_KIND_CODES,
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
    /** 分会 (issue 20): the district council a street's meeting is a branch of */
    branchOf: nullable(id()),
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
    /** 多企联建: the resident units running the site (empty: the organisation's own) */
    unitIds: array(id()),
    ratings: array(
      object({
        year: integer(),
        stars: integer(),
        reason: string(),
        ratedBy: string(),
        /** the checklist version the rating used (null: rated before checklists, issue 20) */
        checklist: nullable(object({ level: oneOf(Object.keys(SITE_LEVELS) as SiteLevel[]), version: integer() })),
        items: array(
          object({ itemId: string(), name: string(), met: boolean(), note: string(), fileSha256: nullable(string()) }),
        ),
      }),
    ),
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

// —— the grid tier (issue 18) ——

const code = string({ description: "编码: the office's own code of the item" });
const month = string({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$', description: 'a calendar month, 2027-03' });

/**
 * A party branch (党支部, 单独建 over one grid or 联合建 over several) or a party group (党小组) of a
 * branch over buildings; `members`: a branch's members, a group's seats; `memberIds` (a group's
 * seats) only for the admins over it and the auditor.
 */
export const PARTY_ORGANIZATION = named(
  'PartyOrganization',
  object(
    {
      id: id(),
      version: integer(),
      kind: oneOf(PARTY_ORG_KIND_CODES),
      name: string(),
      parentId: id(),
      covers: array(id()),
      status: oneOf(ORG_STATUS_CODES),
      formedAt: date(),
      formation: nullable(oneOf(BRANCH_FORMATION_CODES)),
      members: integer({ minimum: 0 }),
      /** a branch's active party groups (0 for a group) */
      groups: integer({ minimum: 0 }),
      lineage: array(id()),
      /** what the caller may do with it now (DECISIONS 58) */
      actions: array(oneOf(PARTY_ORG_ACTION_CODES)),
    },
    { code, memberIds: array(id()) },
  ),
);

const roleEntry = object({ code: string(), name: string() });

/** 十员 of a district's grids (the default, 东大街's, while it has set none), and the two staff roles. */
export const GRID_ROLE_LIST = named(
  'GridRoleList',
  object({ districtId: nullable(id()), roles: array(roleEntry), isDefault: boolean(), staff: array(roleEntry) }),
);

/** A grid's roster: the roles it fills, and every term (the ids behind the names for those who see them). */
export const GRID_ROSTER = named(
  'GridRoster',
  object({
    gridId: id(),
    version: integer(),
    roles: array(roleEntry),
    /** what the caller may do on the roster now: the admins over the grid appoint and end terms */
    actions: array(oneOf(GRID_ROSTER_ACTION_CODES)),
    terms: array(
      object({
        assignmentId: id(),
        role: string(),
        roleName: string(),
        holder: object({
          kind: oneOf(GRID_ROLE_HOLDER_KIND_CODES),
          memberId: nullable(id()),
          name: nullable(string()),
        }),
        accountId: nullable(id()),
        startsOn: date(),
        endsOn: nullable(date()),
        running: boolean(),
      }),
    ),
  }),
);

/** The grids a grid worker works today, with its terms there. */
export const MY_GRIDS = named(
  'MyGrids',
  object({
    items: array(
      object({
        gridId: id(),
        name: string(),
        communityId: id(),
        terms: array(
          object({
            assignmentId: id(),
            role: string(),
            roleName: string(),
            startsOn: date(),
            endsOn: nullable(date()),
          }),
        ),
      }),
    ),
  }),
);

/** 户 — a household of a building or grid, by its door. */
export const HOUSEHOLD = named(
  'Household',
  object({
    id: id(),
    version: integer(),
    label: string(),
    areaId: id(),
    gridId: id(),
    communityId: id(),
    registeredAt: date(),
  }),
);

/** 联建单元: its households, those that left, the rota month by month with duties, whose turn is next. */
export const HOUSEHOLD_UNIT = named(
  'HouseholdUnit',
  object({
    id: id(),
    version: integer(),
    name: string(),
    areaId: id(),
    gridId: id(),
    communityId: id(),
    formedOn: date(),
    households: array(object({ householdId: id(), label: string(), joinedOn: date(), lastServed: nullable(month) })),
    left: array(object({ householdId: id(), label: string(), joinedOn: date(), leftOn: date() })),
    rota: array(
      object({
        month,
        householdId: id(),
        label: string(),
        duties: array(object({ dutyId: id(), duty: oneOf(HOUSEHOLD_DUTY_CODES), description: string(), on: date() })),
      }),
    ),
    size: integer({ minimum: 0 }),
    undersized: boolean(),
    nextOnDuty: nullable(id()),
  }),
);

/** 党员中心户: a member of a grid's branch and the households they look after. */
export const CENTRAL_HOUSEHOLD = named(
  'CentralHousehold',
  object({
    id: id(),
    memberId: id(),
    version: integer(),
    name: nullable(string()),
    branchId: id(),
    communityId: id(),
    status: oneOf(['active', 'revoked'] as const),
    designatedOn: date(),
    revokedOn: nullable(date()),
    revokedFor: nullable(oneOf(['revoked', 'transferred'] as const)),
    households: array(object({ householdId: id(), label: string(), areaId: id() })),
  }),
);
