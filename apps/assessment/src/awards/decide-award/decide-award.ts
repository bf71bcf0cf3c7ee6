import { Body, Controller, HttpCode, Injectable, Post } from '@nestjs/common';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { AWARD_KINDS } from '@gongjian/contracts';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Optional, Returns } from '@gongjian/http';
import { Commands } from '@gongjian/runtime';
import { assertDistrictAdmin } from '../../assessment.policy';
import { History } from '../../figures/history';
import { Standings } from '../../figures/standings';
import { AssessmentReadModels } from '../../read-models';
import { AWARD, awardResource } from '../../resources';
import { awardAggregate } from '../award.decider';

export class ConfirmAwardDto {
  @Optional() @IsString() @MaxLength(500) reason?: string;
}
export class RejectAwardDto {
  @IsString() @IsNotEmpty() @MaxLength(500) reason: string;
}

/** The district confirms a proposed award (recorded for the member's or organisation's page) or rejects it. */
@Injectable()
export class DecideAwardHandler {
  private readonly awards;

  constructor(
    commands: Commands,
    private readonly readModels: AssessmentReadModels,
    private readonly history: History,
    private readonly standings: Standings,
  ) {
    this.awards = commands.for(awardAggregate);
  }

  async execute(awardId: string, decision: 'ConfirmAward' | 'RejectAward', reason: string, context: CommandContext) {
    assertDistrictAdmin(context.actor);
    await this.readModels.awards.require(awardId);
    await this.awards.execute(awardId, { type: decision, reason: reason.trim() }, context);
    const award = await this.readModels.awards.require(awardId);
    const name = await this.standings.nameOf(
      await this.history.tally(),
      AWARD_KINDS[award.kind].index,
      award.subjectId,
    );
    return awardResource(award, name);
  }
}

@Controller('assessment/awards')
export class DecideAwardController {
  constructor(private readonly handler: DecideAwardHandler) {}

  @Post(':id/confirm')
  @HttpCode(200)
  @Returns(AWARD)
  confirm(@IdParam() id: string, @Body() dto: ConfirmAwardDto, @Command() context: CommandContext) {
    return this.handler.execute(id, 'ConfirmAward', dto.reason ?? '', context);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Returns(AWARD)
  reject(@IdParam() id: string, @Body() dto: RejectAwardDto, @Command() context: CommandContext) {
    return this.handler.execute(id, 'RejectAward', dto.reason, context);
  }
}
