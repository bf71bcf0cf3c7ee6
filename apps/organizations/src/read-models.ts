import { Injectable } from '@nestjs/common';
import { directoryCollection, type DirectoryEntry, orgDirectoryProjection } from '@gongjian/auth';
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
  MEMBER_BRANCHES_COLLECTION,
  type MemberBranchDocument,
  memberBranchesProjection,
} from './hierarchy/member-branches.projection';
import { OPEN_NEEDS_COLLECTION, type OpenNeedDocument, openNeedsProjection } from './hierarchy/open-needs.projection';
import { PAIRINGS_COLLECTION, type PairingDocument, pairingsProjection } from './pairings/pairings.projection';
import {
  SERVICE_SITES_COLLECTION,
  type ServiceSiteDocument,
  serviceSitesProjection,
} from './service-sites/service-sites.projection';

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
  accountsProjection,
  openNeedsProjection,
  memberBranchesProjection,
  contributionsProjection,
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
  readonly accounts: ReadModel<AccountDocument>;
  /** Needs per community, folded from the matching service's public events. */
  readonly openNeeds: ReadModel<OpenNeedDocument>;
  /** The branch of each party member, folded from the members service's public events (counts only). */
  readonly memberBranches: ReadModel<MemberBranchDocument>;
  /** Completed projects of units, with the residents' scores. */
  readonly contributions: ReadModel<ContributionDocument>;

  constructor(queries: Queries) {
    this.organizations = queries.of(directoryCollection('organizations'), 'organisation');
    this.pairings = queries.of(PAIRINGS_COLLECTION, 'pairing');
    this.jointMeetings = queries.of(JOINT_MEETINGS_COLLECTION, 'joint meeting');
    this.serviceSites = queries.of(SERVICE_SITES_COLLECTION, 'service site');
    this.accounts = queries.of(ACCOUNTS_COLLECTION, 'account');
    this.openNeeds = queries.of(OPEN_NEEDS_COLLECTION, 'need');
    this.memberBranches = queries.of(MEMBER_BRANCHES_COLLECTION, 'member');
    this.contributions = queries.of(CONTRIBUTIONS_COLLECTION, 'project');
  }
}
