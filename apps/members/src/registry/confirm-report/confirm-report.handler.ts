import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { assertMayDecideReport } from '../../members.policy';
import { MembersReadModels } from '../../read-models';
import { memberAggregate } from '../member.decider';
import { MemberViews } from '../member-views';

/** The community a 双报到 is addressed to confirms it; it must still be an active community (the decider). */
@Injectable()
export class ConfirmReportHandler {
  private readonly members;

  constructor(
    commands: Commands,
    private readonly readModels: MembersReadModels,
    private readonly directory: Directory,
    private readonly views: MemberViews,
  ) {
    this.members = commands.for(memberAggregate);
  }

  async execute(memberId: string, context: CommandContext) {
    const member = await this.readModels.members.require(memberId);
    await assertMayDecideReport(context.actor, member, this.directory);
    // the community as it is now: it may have been dissolved while the request waited
    const community = await this.directory.ref(member.pendingReportTo);
    const reportedOn = new Date().toISOString().slice(0, 10);
    await this.members.execute(memberId, { type: 'ConfirmCommunityReport', community, reportedOn }, context);
    return this.views.afterReportStep(context.actor, memberId);
  }
}
