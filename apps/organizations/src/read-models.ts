import { Injectable } from '@nestjs/common';
import {
  directoryCollection,
  type DirectoryEntry,
  gridWorkersProjection,
  orgDirectoryProjection,
} from '@gongjian/auth';
import type { Projection, ReadModel } from '@gongjian/read-models';
import { Queries } from '@gongjian/runtime';
import { ACCOUNTS_COLLECTION, type AccountDocument, accountsProjection } from './accounts/accounts.projection';
import {
  CONTRIBUTIONS_COLLECTION,
  type ContributionDocument,
  contributionsProjection,
} from './units/contributions.projection';
import {
  JOINT_MEETINGS_COLLECTION,
  type JointMeetingDocument,
  jointMeetingsProjection,
} from './joint-meetings/joint-meetings.projection';
import {
  type SessionDocument,
  SESSIONS_COLLECTION,
  sessionsProjection,
} from './joint-meetings/sessions/sessions.projection';
import {
  CREATED_PROJECTS_COLLECTION,
  type CreatedProjectDocument,
  createdProjectsProjection,
} from './joint-meetings/sessions/created-projects.projection';
import {
  type ProposalDocument,
  PROPOSALS_COLLECTION,
  proposalsProjection,
} from './joint-meetings/sessions/proposals.projection';
import {
  MEMBER_BRANCHES_COLLECTION,
  type MemberBranchDocument,
  memberBranchesProjection,
} from './hierarchy/member-branches.projection';
import { OPEN_NEEDS_COLLECTION, type OpenNeedDocument, openNeedsProjection } from './hierarchy/open-needs.projection';
import { PAIRINGS_COLLECTION, type PairingDocument, pairingsProjection } from './pairings/pairings.projection';
import {
  CENTRAL_HOUSEHOLDS_COLLECTION,
  type CentralHouseholdDocument,
  centralHouseholdsProjection,
} from './central-households/central-households.projection';
import {
  GRID_ROLE_LISTS_COLLECTION,
  GRID_ROSTERS_COLLECTION,
  type GridRoleListDocument,
  gridRoleListsProjection,
  type GridRosterDocument,
  gridRostersProjection,
} from './grid-roles/grid-roles.projection';
import {
  HOUSEHOLD_UNITS_COLLECTION,
  type HouseholdUnitDocument,
  householdUnitsProjection,
} from './households/household-units.projection';
import {
  HOUSEHOLDS_COLLECTION,
  type HouseholdDocument,
  householdsProjection,
} from './households/households.projection';
import {
  PARTY_ORGANIZATIONS_COLLECTION,
  type PartyOrganizationDocument,
  partyOrganizationsProjection,
} from './party-organizations/party-organizations.projection';
import {
  SERVICE_SITES_COLLECTION,
  type ServiceSiteDocument,
  serviceSitesProjection,
} from './service-sites/service-sites.projection';
import {
  SITE_STANDARDS_COLLECTION,
  type SiteStandardsDocument,
  siteStandardsProjection,
} from './service-sites/standards/site-standards.projection';

/**
 * The read models of the organizations service, from one entry that pulls in no controller: the module
 * registers them, and this service answers replays, time travel and effects of them for the audit
 * service (ReadModels, `/api/v1/read-models`; docs/ops/service-boundaries.md). Its use cases query
 * them through `OrganizationsReadModels` (read-only).
 */
export const ORGANIZATIONS_PROJECTIONS: Projection<any>[] = [
  orgDirectoryProjection('organizations'),
  pairingsProjection,
  jointMeetingsProjection,
  serviceSitesProjection,
  siteStandardsProjection,
  accountsProjection,
  openNeedsProjection,
  memberBranchesProjection,
  contributionsProjection,
  // the grid tier (issue 18)
  partyOrganizationsProjection,
  gridRoleListsProjection,
  gridRostersProjection,
  gridWorkersProjection('organizations'),
  householdsProjection,
  householdUnitsProjection,
  centralHouseholdsProjection,
  // joint-meeting sessions (issue 20)
  sessionsProjection,
  proposalsProjection,
  createdProjectsProjection,
];

/** What the organizations service's use cases read: its read models, typed and read-only. */
@Injectable()
export class OrganizationsReadModels {
  /**
   * The hierarchy and the units, one document each (the service's own directory, which the
   * `Directory` walks): for the lists and the tree.
   */
  readonly organizations: ReadModel<DirectoryEntry>;
  readonly pairings: ReadModel<PairingDocument>;
  /** One document per street or community: its joint meeting's members and its committee. */
  readonly jointMeetings: ReadModel<JointMeetingDocument>;
  readonly serviceSites: ReadModel<ServiceSiteDocument>;
  /** A district's edits of its site standards (checklist versions, who gives which stars). */
  readonly siteStandards: ReadModel<SiteStandardsDocument>;
  readonly accounts: ReadModel<AccountDocument>;
  /** Needs per community, folded from the matching service's public events. */
  readonly openNeeds: ReadModel<OpenNeedDocument>;
  /** The branch of each party member, folded from the members service's public events (counts only). */
  readonly memberBranches: ReadModel<MemberBranchDocument>;
  /** Completed projects of units, with the residents' scores. */
  readonly contributions: ReadModel<ContributionDocument>;
  /** Party branches (党支部) and party groups (党小组), with a group's seats. */
  readonly partyOrganizations: ReadModel<PartyOrganizationDocument>;
  /** The 十员 each district set (a district without one has the default). */
  readonly gridRoleLists: ReadModel<GridRoleListDocument>;
  /** Each grid's 网格长, 网格员 and 十员 terms. */
  readonly gridRosters: ReadModel<GridRosterDocument>;
  readonly households: ReadModel<HouseholdDocument>;
  /** 联建单元 with their rota. */
  readonly householdUnits: ReadModel<HouseholdUnitDocument>;
  /** 党员中心户, by member. */
  readonly centralHouseholds: ReadModel<CentralHouseholdDocument>;
  /** 联席会议 sessions (大事共议), one document per session. */
  readonly jointMeetingSessions: ReadModel<SessionDocument>;
  /** 党员提案 and units' proposals to joint meetings, pending or on an agenda. */
  readonly jointMeetingProposals: ReadModel<ProposalDocument>;
  /** Co-build projects matching created (ids only): whether a decided project exists yet. */
  readonly createdProjects: ReadModel<CreatedProjectDocument>;

  constructor(queries: Queries) {
    this.organizations = queries.of(directoryCollection('organizations'), 'organisation');
    this.pairings = queries.of(PAIRINGS_COLLECTION, 'pairing');
    this.jointMeetings = queries.of(JOINT_MEETINGS_COLLECTION, 'joint meeting');
    this.serviceSites = queries.of(SERVICE_SITES_COLLECTION, 'service site');
    this.siteStandards = queries.of(SITE_STANDARDS_COLLECTION, 'site standards');
    this.accounts = queries.of(ACCOUNTS_COLLECTION, 'account');
    this.openNeeds = queries.of(OPEN_NEEDS_COLLECTION, 'need');
    this.memberBranches = queries.of(MEMBER_BRANCHES_COLLECTION, 'member');
    this.contributions = queries.of(CONTRIBUTIONS_COLLECTION, 'project');
    this.partyOrganizations = queries.of(PARTY_ORGANIZATIONS_COLLECTION, 'party organisation');
    this.gridRoleLists = queries.of(GRID_ROLE_LISTS_COLLECTION, 'grid role list');
    this.gridRosters = queries.of(GRID_ROSTERS_COLLECTION, 'grid roster');
    this.households = queries.of(HOUSEHOLDS_COLLECTION, 'household');
    this.householdUnits = queries.of(HOUSEHOLD_UNITS_COLLECTION, 'household unit');
    this.centralHouseholds = queries.of(CENTRAL_HOUSEHOLDS_COLLECTION, 'central household');
    this.jointMeetingSessions = queries.of(SESSIONS_COLLECTION, 'joint meeting session');
    this.jointMeetingProposals = queries.of(PROPOSALS_COLLECTION, 'joint meeting proposal');
    this.createdProjects = queries.of(CREATED_PROJECTS_COLLECTION, 'project');
  }
}
