import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { provideDirectory } from '@gongjian/auth';
import { ProjectionRegistry } from '@gongjian/runtime';
import { ExpiryScheduler } from './expiry/expiry.scheduler';
import { ItemViews } from './item-views';
import { CancelNeedController } from './needs/cancel-need/cancel-need.controller';
import { CancelNeedHandler } from './needs/cancel-need/cancel-need.handler';
import { EditNeedController } from './needs/edit-need/edit-need.controller';
import { EditNeedHandler } from './needs/edit-need/edit-need.handler';
import { ListNeedsController } from './needs/list-needs/list-needs.controller';
import { ListNeedsHandler } from './needs/list-needs/list-needs.handler';
import { PostNeedController } from './needs/post-need/post-need.controller';
import { PostNeedHandler } from './needs/post-need/post-need.handler';
import { EditOfferController } from './offers/edit-offer/edit-offer.controller';
import { EditOfferHandler } from './offers/edit-offer/edit-offer.handler';
import { ListOffersController } from './offers/list-offers/list-offers.controller';
import { ListOffersHandler } from './offers/list-offers/list-offers.handler';
import { PostOfferController } from './offers/post-offer/post-offer.controller';
import { PostOfferHandler } from './offers/post-offer/post-offer.handler';
import { WithdrawOfferController } from './offers/withdraw-offer/withdraw-offer.controller';
import { WithdrawOfferHandler } from './offers/withdraw-offer/withdraw-offer.handler';
import { CompleteProjectController } from './projects/complete-project/complete-project.controller';
import { CompleteProjectHandler } from './projects/complete-project/complete-project.handler';
import { EvaluateProjectController } from './projects/evaluate-project/evaluate-project.controller';
import { EvaluateProjectHandler } from './projects/evaluate-project/evaluate-project.handler';
import { ListProjectsController } from './projects/list-projects/list-projects.controller';
import { ListProjectsHandler } from './projects/list-projects/list-projects.handler';
import { ProjectFlow } from './projects/project-flow';
import { StartProjectController } from './projects/start-project/start-project.controller';
import { StartProjectHandler } from './projects/start-project/start-project.handler';
import { AcceptProposalController } from './proposals/accept-proposal/accept-proposal.controller';
import { AcceptProposalHandler } from './proposals/accept-proposal/accept-proposal.handler';
import { ListProposalsController } from './proposals/list-proposals/list-proposals.controller';
import { ListProposalsHandler } from './proposals/list-proposals/list-proposals.handler';
import { ProposalCloser } from './proposals/proposal-closer.reactor';
import { DecidedNeedsReactor } from './needs/decided-needs/decided-needs.reactor';
import { DecidedProjectsReactor } from './proposals/decided-projects/decided-projects.reactor';
import { RejectProposalController } from './proposals/reject-proposal/reject-proposal.controller';
import { RejectProposalHandler } from './proposals/reject-proposal/reject-proposal.handler';
import { matchingConfig } from './matching.config';
import { MATCHING_PROJECTIONS, MatchingReadModels } from './read-models';
import { GetRunController } from './runs/get-run/get-run.controller';
import { GetRunHandler } from './runs/get-run/get-run.handler';
import { InstantProposals } from './runs/instant-proposals';
import { MatchingInputs } from './runs/matching-inputs';
import { RunFlow } from './runs/run-flow';
import { RunMatchingController } from './runs/run-matching/run-matching.controller';
import { RunMatchingHandler } from './runs/run-matching/run-matching.handler';
import { SummaryController } from './summary/summary.controller';
import { SummaryHandler } from './summary/summary.handler';
import { TodoController } from './todo/todo.controller';
import { TodoHandler } from './todo/todo.handler';

/** Needs, offers, the matching engine, proposals and co-build projects (DESIGN §4–§5). */
import { ImportNeedsController } from './needs/import-needs/import-needs.controller';
import { ImportNeedsHandler } from './needs/import-needs/import-needs.handler';
import { ExportNeedsController } from './needs/export-needs/export-needs.controller';
import { ExportNeedsHandler } from './needs/export-needs/export-needs.handler';
import { ImportOffersController } from './offers/import-offers/import-offers.controller';
import { ImportOffersHandler } from './offers/import-offers/import-offers.handler';
import { ExportOffersController } from './offers/export-offers/export-offers.controller';
import { ExportOffersHandler } from './offers/export-offers/export-offers.handler';
import { ExportProjectsController, ExportProjectsHandler } from './projects/export-projects/export-projects';
@Module({
  imports: [ConfigModule.forFeature(matchingConfig)],
  controllers: [
    PostNeedController,
    CancelNeedController,
    EditNeedController,
    ListNeedsController,
    PostOfferController,
    EditOfferController,
    WithdrawOfferController,
    ListOffersController,
    RunMatchingController,
    GetRunController,
    ListProposalsController,
    AcceptProposalController,
    RejectProposalController,
    ListProjectsController,
    StartProjectController,
    CompleteProjectController,
    EvaluateProjectController,
    SummaryController,
    ImportNeedsController,
    ExportNeedsController,
    ImportOffersController,
    ExportOffersController,
    ExportProjectsController,
    TodoController,
  ],
  providers: [
    MatchingReadModels,
    provideDirectory('matching'),
    ItemViews,
    PostNeedHandler,
    CancelNeedHandler,
    EditNeedHandler,
    ListNeedsHandler,
    PostOfferHandler,
    EditOfferHandler,
    WithdrawOfferHandler,
    ListOffersHandler,
    MatchingInputs,
    InstantProposals,
    RunMatchingHandler,
    RunFlow,
    GetRunHandler,
    ListProposalsHandler,
    AcceptProposalHandler,
    RejectProposalHandler,
    ListProjectsHandler,
    StartProjectHandler,
    CompleteProjectHandler,
    EvaluateProjectHandler,
    SummaryHandler,
    TodoHandler,
    ExpiryScheduler,
    ProposalCloser,
    DecidedNeedsReactor,
    DecidedProjectsReactor,
    ProjectFlow,
    ImportNeedsHandler,
    ExportNeedsHandler,
    ImportOffersHandler,
    ExportOffersHandler,
    ExportProjectsHandler,
  ],
})
export class MatchingModule {
  constructor(registry: ProjectionRegistry) {
    registry.register(...MATCHING_PROJECTIONS);
  }
}
