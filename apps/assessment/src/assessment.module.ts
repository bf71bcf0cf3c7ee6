import { Module } from '@nestjs/common';
import { provideDirectory } from '@gongjian/auth';
import { EVENT_STORE, type EventStore } from '@gongjian/eventing';
import { ProjectionRegistry, RUNTIME_CONFIG, type RuntimeConfig } from '@gongjian/runtime';
import { DecideAwardController, DecideAwardHandler } from './awards/decide-award/decide-award';
import { ListAwardsController, ListAwardsHandler } from './awards/list-awards/list-awards';
import { ProposeAwardsController, ProposeAwardsHandler } from './awards/propose-awards/propose-awards';
import { History } from './figures/history';
import { RankingsController, RankingsHandler } from './figures/rankings/rankings';
import { Standings } from './figures/standings';
import { SubjectFiguresController, SubjectFiguresHandler } from './figures/subject-figures/subject-figures';
import { DraftSetController, DraftSetHandler } from './indicator-sets/draft-set/draft-set';
import { ListSetsController, ListSetsHandler } from './indicator-sets/list-sets/list-sets';
import { PublishSetController, PublishSetHandler } from './indicator-sets/publish-set/publish-set';
import { IndicatorSets } from './indicator-sets/sets';
import { ASSESSMENT_PROJECTIONS, AssessmentReadModels } from './read-models';
import { inputsHistory, REPLAY_HISTORY, storeHistory } from './what-if/replay';
import { WhatIfController, WhatIfs } from './what-if/what-if';

/**
 * 考核: the 先锋指数 of party members and the 堡垒指数 of party organisations, computed from public
 * events by indicator sets the district drafts, replays (what-if) and publishes; annual awards
 * proposed from them and confirmed by the district (issue 20, DECISIONS 81–82).
 */
@Module({
  controllers: [
    ListSetsController,
    DraftSetController,
    PublishSetController,
    WhatIfController,
    RankingsController,
    SubjectFiguresController,
    ProposeAwardsController,
    DecideAwardController,
    ListAwardsController,
  ],
  providers: [
    AssessmentReadModels,
    provideDirectory('assessment'),
    IndicatorSets,
    History,
    Standings,
    ListSetsHandler,
    DraftSetHandler,
    PublishSetHandler,
    WhatIfs,
    {
      // the history a what-if replays: the platform's whole log; the service alone, its input log
      provide: REPLAY_HISTORY,
      inject: [RUNTIME_CONFIG, EVENT_STORE, AssessmentReadModels],
      useFactory: (config: RuntimeConfig, store: EventStore, readModels: AssessmentReadModels) =>
        config.service === 'platform' ? storeHistory(store) : inputsHistory(readModels.inputs),
    },
    RankingsHandler,
    SubjectFiguresHandler,
    ProposeAwardsHandler,
    DecideAwardHandler,
    ListAwardsHandler,
  ],
})
export class AssessmentModule {
  constructor(registry: ProjectionRegistry) {
    registry.register(...ASSESSMENT_PROJECTIONS);
  }
}
