import { Module } from '@nestjs/common';
import { ProjectionRegistry } from '@gongjian/runtime';
import { MatchingTree } from './matching.tree';
import { CancelNeedController } from './needs/cancel-need/cancel-need.controller';
import { EditNeedController } from './needs/edit-need/edit-need.controller';
import { ListNeedsController } from './needs/list-needs/list-needs.controller';
import { PostNeedController } from './needs/post-need/post-need.controller';
import { PostNeedHandler } from './needs/post-need/post-need.handler';
import { CancelNeedHandler } from './needs/cancel-need/cancel-need.handler';
import { EditNeedHandler } from './needs/edit-need/edit-need.handler';
import { ListNeedsHandler } from './needs/list-needs/list-needs.handler';
import { provideDirectory } from '@gongjian/auth';
import { MATCHING_PROJECTIONS, MatchingReadModels } from './read-models';
import { OffersController } from './offers/offers.controller';
import { AcceptProposalHandler } from './proposals/accept-proposal.handler';
import { ProposalsController } from './proposals/proposals.controller';
import { ProjectsController } from './projects/projects.controller';
import { ExpiryScheduler } from './expiry/expiry.scheduler';
import { RunMatchingHandler } from './runs/run-matching.handler';
import { RunFlow } from './runs/run-flow';
import { ProposalCloser } from './proposals/proposal-closer.reactor';
import { ProjectFlow } from './projects/project-flow';
import { SummaryController } from './summary/summary.controller';
import { RunsController } from './runs/runs.controller';

/** Needs, offers, the matching engine, proposals and co-build projects (DESIGN §4–§5). */
@Module({
  controllers: [
    PostNeedController,
    CancelNeedController,
    EditNeedController,
    ListNeedsController,
    OffersController,
    RunsController,
    ProposalsController,
    ProjectsController,
    SummaryController,
  ],
  providers: [
    MatchingReadModels,
    provideDirectory('matching'),
    PostNeedHandler,
    CancelNeedHandler,
    EditNeedHandler,
    ListNeedsHandler,
    RunMatchingHandler,
    RunFlow,
    AcceptProposalHandler,
    MatchingTree,
    ExpiryScheduler,
    ProposalCloser,
    ProjectFlow,
  ],
})
export class MatchingModule {
  constructor(registry: ProjectionRegistry) {
    registry.register(...MATCHING_PROJECTIONS);
  }
}
