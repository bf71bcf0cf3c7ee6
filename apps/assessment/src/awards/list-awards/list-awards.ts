import { Controller, Get, Injectable, Query } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsIn, IsInt, Max, Min } from 'class-validator';
import { Directory, forbid } from '@gongjian/auth';
import {
  AWARD_KIND_CODES,
  AWARD_KINDS,
  AWARD_STATUS_CODES,
  type AwardKind,
  type AwardStatus,
} from '@gongjian/contracts';
import { type CommandContext, NotFound } from '@gongjian/eventing';
import { Command, IdParam, list, Optional, Returns } from '@gongjian/http';
import { assertReadsMember, assertReadsOrganization, figureScope, inScope } from '../../assessment.policy';
import { History } from '../../figures/history';
import { Standings } from '../../figures/standings';
import { AssessmentReadModels, type AwardDocument } from '../../read-models';
import { AWARD, awardResource } from '../../resources';
import type { Tally } from '../../scoring/tally';

export class ListAwardsQuery {
  @Optional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year?: number;
  @Optional() @IsIn(AWARD_KIND_CODES) kind?: AwardKind;
  @Optional() @IsIn(AWARD_STATUS_CODES) status?: AwardStatus;
}

/** Awards: all of a year (the district, the auditor; admins their subtree's), and a member's or organisation's confirmed ones. */
@Injectable()
export class ListAwardsHandler {
  constructor(
    private readonly readModels: AssessmentReadModels,
    private readonly history: History,
    private readonly standings: Standings,
    private readonly directory: Directory,
  ) {}

  async list(query: ListAwardsQuery, context: CommandContext) {
    const scope = await figureScope(context.actor, this.directory);
    const filter = {
      ...(query.year ? { year: query.year } : {}),
      ...(query.kind ? { kind: query.kind } : {}),
      ...(query.status ? { status: query.status } : {}),
    };
    const awards = await this.readModels.awards.find(filter, { sort: { year: -1, kind: 1, rank: 1 } });
    return this.resources(awards.filter((a) => inScope(scope, a.subjectOrgId)));
  }

  async get(awardId: string, context: CommandContext) {
    const award = await this.readModels.awards.require(awardId);
    if (!inScope(await figureScope(context.actor, this.directory), award.subjectOrgId))
      forbid('this award is outside the scope of this account');
    return (await this.resources([award])).items[0];
  }

  async ofMember(memberId: string, context: CommandContext) {
    const tally = await this.history.tally();
    if (!tally.members.has(memberId)) throw new NotFound(`member ${memberId} not found`);
    await assertReadsMember(context.actor, memberId, tally, this.directory);
    return this.resources(await this.confirmed(memberId), tally);
  }

  async ofOrganization(orgId: string, context: CommandContext) {
    await assertReadsOrganization(context.actor, orgId, this.directory);
    return this.resources(await this.confirmed(orgId));
  }

  private confirmed(subjectId: string) {
    return this.readModels.awards.find({ subjectId, status: 'confirmed' }, { sort: { year: -1 } });
  }

  private async resources(awards: AwardDocument[], known?: Tally) {
    const tally = known ?? (await this.history.tally());
    const items = await Promise.all(
      awards.map(async (a) =>
        awardResource(a, await this.standings.nameOf(tally, AWARD_KINDS[a.kind].index, a.subjectId)),
      ),
    );
    return { items };
  }
}

@Controller('assessment')
export class ListAwardsController {
  constructor(private readonly handler: ListAwardsHandler) {}

  @Get('awards')
  @Returns(list(AWARD))
  list(@Query() query: ListAwardsQuery, @Command() context: CommandContext) {
    return this.handler.list(query, context);
  }

  @Get('awards/:id')
  @Returns(AWARD)
  get(@IdParam() id: string, @Command() context: CommandContext) {
    return this.handler.get(id, context);
  }

  /** A member's confirmed awards (先锋党员 …), newest first: its page shows them. */
  @Get('members/:memberId/awards')
  @Returns(list(AWARD))
  ofMember(@IdParam('memberId') id: string, @Command() context: CommandContext) {
    return this.handler.ofMember(id, context);
  }

  /** An organisation's confirmed awards (五星党支部 …). */
  @Get('organizations/:orgId/awards')
  @Returns(list(AWARD))
  ofOrganization(@IdParam('orgId') id: string, @Command() context: CommandContext) {
    return this.handler.ofOrganization(id, context);
  }
}
