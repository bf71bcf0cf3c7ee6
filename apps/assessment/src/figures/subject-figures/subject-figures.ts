import { Controller, Get, Injectable, Query } from '@nestjs/common';
import { chinaDay, Directory } from '@gongjian/auth';
import type { IndexKind } from '@gongjian/contracts';
import { type CommandContext, NotFound } from '@gongjian/eventing';
import { Answers, Command, IdParam, Returns } from '@gongjian/http';
import { assertReadsMember, assertReadsOrganization } from '../../assessment.policy';
import { FIGURE, setRef, withLabels } from '../../resources';
import { History } from '../history';
import { PeriodQuery } from '../period.query';
import { Standings } from '../standings';

/** One member's 先锋指数, one organisation's 堡垒指数: the figure, its place, its breakdown, its set. */
@Injectable()
export class SubjectFiguresHandler {
  constructor(
    private readonly history: History,
    private readonly standings: Standings,
    private readonly directory: Directory,
  ) {}

  async member(memberId: string, query: PeriodQuery, context: CommandContext) {
    const tally = await this.history.tally();
    if (!tally.members.get(memberId) || tally.members.get(memberId)!.erased)
      throw new NotFound(`member ${memberId} not found`);
    await assertReadsMember(context.actor, memberId, tally, this.directory);
    return this.figure('pioneer', memberId, query, tally);
  }

  async organization(orgId: string, query: PeriodQuery, context: CommandContext) {
    const tally = await this.history.tally();
    if (!tally.orgs.get(orgId) || tally.orgs.get(orgId)!.dissolved)
      throw new NotFound(`party organisation ${orgId} is not ranked by the 堡垒指数`);
    await assertReadsOrganization(context.actor, orgId, this.directory);
    return this.figure('bastion', orgId, query, tally);
  }

  private async figure(
    index: IndexKind,
    subjectId: string,
    query: PeriodQuery,
    tally: Awaited<ReturnType<History['tally']>>,
  ) {
    const { set, period, ranked } = await this.standings.ranking(tally, index, query.period, chinaDay());
    const mine = ranked.find((r) => r.subjectId === subjectId)!;
    return {
      index,
      period,
      set: setRef(set),
      subjectId,
      name: await this.standings.nameOf(tally, index, subjectId),
      value: mine.index,
      rank: mine.rank,
      of: ranked.length,
      breakdown: withLabels(mine.breakdown),
    };
  }
}

@Controller('assessment')
export class SubjectFiguresController {
  constructor(private readonly handler: SubjectFiguresHandler) {}

  /** A member's 先锋指数 of a period (its own account, the admins over its branch, the auditor). */
  @Get('members/:memberId/figures')
  @Returns(FIGURE)
  @Answers(422)
  member(@IdParam('memberId') id: string, @Query() query: PeriodQuery, @Command() context: CommandContext) {
    return this.handler.member(id, query, context);
  }

  /** A party branch's (or a paired unit's) 堡垒指数 of a period. */
  @Get('organizations/:orgId/figures')
  @Returns(FIGURE)
  @Answers(422)
  organization(@IdParam('orgId') id: string, @Query() query: PeriodQuery, @Command() context: CommandContext) {
    return this.handler.organization(id, query, context);
  }
}
