import { orgDirectoryProjection } from '@gongjian/auth';
import type { Projection } from '@gongjian/read-models';
import { accountsProjection } from './accounts/accounts.projection';
import { contributionsProjection } from './units/contributions.projection';
import { jointMeetingsProjection } from './joint-meetings/joint-meetings.projection';
import { openNeedsProjection } from './hierarchy/open-needs.projection';
import { pairingsProjection } from './pairings/pairings.projection';
import { serviceSitesProjection } from './service-sites/service-sites.projection';

/**
 * The read models of the organizations service, from one entry that pulls in no controller: the module
 * registers them, and this service answers replays, time travel and effects of them for the audit
 * service (ReadModels, `/api/v1/read-models`; docs/ops/service-boundaries.md). Queries read them
 * through the document store by these projections' collections.
 */
export const ORGANIZATIONS_PROJECTIONS: Projection<any>[] = [
  orgDirectoryProjection('organizations'),
  pairingsProjection,
  jointMeetingsProjection,
  serviceSitesProjection,
  accountsProjection,
  openNeedsProjection,
  contributionsProjection,
];
