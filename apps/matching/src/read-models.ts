import { Injectable } from '@nestjs/common';
import { gridWorkersProjection, orgDirectoryProjection } from '@gongjian/auth';
import type { Projection, ReadModel } from '@gongjian/read-models';
import { Queries } from '@gongjian/runtime';
import { MATCHING_MEMBERS_COLLECTION, type MatchingMember, matchingMembersProjection } from './members.projection';
import { MATCHING_PAIRINGS, type MatchingPairing, matchingPairingsProjection } from './pairings.projection';
import { NEEDS_COLLECTION, type NeedDocument, needsProjection } from './needs/needs.projection';
import { OFFERS_COLLECTION, type OfferDocument, offersProjection } from './offers/offers.projection';
import { PROJECTS_COLLECTION, type ProjectDocument, projectsProjection } from './projects/projects.projection';
import { PROPOSALS_COLLECTION, type ProposalDocument, proposalsProjection } from './proposals/proposals.projection';
import {
  RUN_PARTS_COLLECTION,
  RUNS_COLLECTION,
  type RunDocument,
  type RunPartDocument,
  runPartsProjection,
  runsProjection,
} from './runs/runs.projection';
import {
  UNIT_EVALUATIONS_COLLECTION,
  type UnitEvaluationDocument,
  unitEvaluationsProjection,
} from './projects/unit-evaluations.projection';

/**
 * The read models of the matching service, from one entry that pulls in no controller: the module
 * registers the projections, this service answers replays, time travel and effects of them for
 * the audit service (ReadModels, `/api/v1/read-models`; docs/ops/service-boundaries.md), and its
 * use cases query them through `MatchingReadModels` (read-only).
 */
export const MATCHING_PROJECTIONS: Projection<any>[] = [
  needsProjection,
  offersProjection,
  proposalsProjection,
  runsProjection,
  runPartsProjection,
  projectsProjection,
  orgDirectoryProjection('matching'),
  // the terms of grid workers (issue 18): the grids whose needs a grid worker reads
  gridWorkersProjection('matching'),
  matchingPairingsProjection,
  unitEvaluationsProjection,
  matchingMembersProjection,
];

/** What the matching service's use cases read: its read models, typed and read-only. */
@Injectable()
export class MatchingReadModels {
  readonly needs: ReadModel<NeedDocument>;
  readonly offers: ReadModel<OfferDocument>;
  readonly proposals: ReadModel<ProposalDocument>;
  readonly runs: ReadModel<RunDocument>;
  readonly runParts: ReadModel<RunPartDocument>;
  readonly projects: ReadModel<ProjectDocument>;
  readonly pairings: ReadModel<MatchingPairing>;
  readonly unitEvaluations: ReadModel<UnitEvaluationDocument>;
  readonly members: ReadModel<MatchingMember>;

  constructor(queries: Queries) {
    this.needs = queries.of(NEEDS_COLLECTION, 'need');
    this.offers = queries.of(OFFERS_COLLECTION, 'offer');
    this.proposals = queries.of(PROPOSALS_COLLECTION, 'proposal');
    this.runs = queries.of(RUNS_COLLECTION, 'run');
    this.runParts = queries.of(RUN_PARTS_COLLECTION, 'run part');
    this.projects = queries.of(PROJECTS_COLLECTION, 'project');
    this.pairings = queries.of(MATCHING_PAIRINGS, 'pairing');
    this.unitEvaluations = queries.of(UNIT_EVALUATIONS_COLLECTION, 'unit');
    this.members = queries.of(MATCHING_MEMBERS_COLLECTION, 'member');
  }
}
