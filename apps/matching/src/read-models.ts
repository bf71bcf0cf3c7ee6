import { orgDirectoryProjection } from '@gongjian/auth';
import type { Projection } from '@gongjian/read-models';
import { matchingMembersProjection } from './members.projection';
import { matchingPairingsProjection } from './pairings.projection';
import { needsProjection } from './needs/needs.projection';
import { offersProjection } from './offers/offers.projection';
import { projectsProjection } from './projects/projects.projection';
import { proposalsProjection } from './proposals/proposals.projection';
import { runPartsProjection, runsProjection } from './runs/runs.projection';
import { unitEvaluationsProjection } from './projects/unit-evaluations.projection';

/**
 * The read models of the matching service, from one entry that pulls in no controller: the module
 * registers them, and this service answers replays, time travel and effects of them for the audit
 * service (ReadModels, `/api/v1/read-models`; docs/ops/service-boundaries.md). Queries read them
 * through the document store by these projections' collections.
 */
export const MATCHING_PROJECTIONS: Projection<any>[] = [
  needsProjection,
  offersProjection,
  proposalsProjection,
  runsProjection,
  runPartsProjection,
  projectsProjection,
  orgDirectoryProjection('matching'),
  matchingPairingsProjection,
  unitEvaluationsProjection,
  matchingMembersProjection,
];
