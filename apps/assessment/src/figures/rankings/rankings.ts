import { Controller, Get, Injectable, Query } from '@nestjs/common';
import { chinaDay, Directory, forbid } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Answers, Command, Returns } from '@gongjian/http';
import { figureScope, inScope } from '../../assessment.policy';
import { RANKING, setRef, withLabels } from '../../resources';
import { History } from '../history';
import { RankingQuery } from '../period.query';
import { orgOfSubject, Standings } from '../standings';

/**
 * 指数排名: the ranking of a period by the set in force for it, with each subject's breakdown —
 * over the caller's subtree (the district: everyone), or a part of it (`scopeOrgId`).
 */
@Injectable()
export class RankingsHandler {
  constructor(
    private readonly history: History,
    private readonly standings: Standings,
    private readonly directory: Directory,
  ) {}

  async execute(query: RankingQuery, context: CommandContext) {
    const scope = await figureScope(context.actor, this.directory);
    if (query.scopeOrgId && !inScope(scope, query.scopeOrgId)) forbid('this organisation is outside your scope');
    const within = query.scopeOrgId
      ? new Set(await this.directory.subtreeIds(query.scopeOrgId, { includeUnits: true }))
      : scope;
    const tally = await this.history.tally();
    const { set, period, ranked } = await this.standings.ranking(tally, query.index, query.period, chinaDay());
    const inside = ranked.filter((r) => inScope(within, orgOfSubject(tally, query.index, r.subjectId)));
    const shown = inside.slice(0, query.top ?? 200);
    const names = await this.standings.names(
      tally,
      query.index,
      shown.map((r) => r.subjectId),
    );
    return {
      index: query.index,
      period,
      set: setRef(set),
      total: inside.length,
      items: shown.map((r) => ({ ...r, name: names.get(r.subjectId) ?? null, breakdown: withLabels(r.breakdown) })),
    };
  }
}

@Controller('assessment/rankings')
export class RankingsController {
  constructor(private readonly handler: RankingsHandler) {}

  @Get()
  @Returns(RANKING)
  @Answers(422)
  ranking(@Query() query: RankingQuery, @Command() context: CommandContext) {
    return this.handler.execute(query, context);
  }
}
