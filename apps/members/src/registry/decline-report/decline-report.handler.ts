import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { assertMayDecideReport } from '../../members.policy';
import { MembersReadModels } from '../../read-models';
import { memberAggregate } from '../member.decider';
import { MemberViews } from '../member-views';
import type { DeclineReportDto } from './decline-report.dto';

/** The community a 双报到 is addressed to declines it (CommunityReportDeclined), with a reason. */
@Injectable()
export class DeclineReportHandler {
  private readonly members;

  constructor(
    commands: Commands,
    private readonly readModels: MembersReadModels,
    private readonly directory: Directory,
    private readonly views: MemberViews,
  ) {
    this.members = commands.for(memberAggregate);
  }

  async execute(memberId: string, dto: DeclineReportDto, context: CommandContext) {
    const member = await this.readModels.members.require(memberId);
    await assertMayDecideReport(context.actor, member, this.directory);
    await this.members.execute(memberId, { type: 'DeclineCommunityReport', reason: dto.reason?.trim() ?? '' }, context);
    return this.views.afterReportStep(context.actor, memberId);
  }
}
