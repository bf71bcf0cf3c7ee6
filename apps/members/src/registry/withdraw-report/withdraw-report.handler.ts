import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { assertMayWithdrawReport } from '../../members.policy';
import { MembersReadModels } from '../../read-models';
import { memberAggregate } from '../member.decider';
import { MemberViews } from '../member-views';

/** Ends a 双报到 (CommunityReportWithdrawn): the member, an admin over the branch, or the community. */
@Injectable()
export class WithdrawReportHandler {
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
    await assertMayWithdrawReport(context.actor, member, this.directory);
    await this.members.execute(memberId, { type: 'WithdrawReport' }, context);
    const after = await this.readModels.members.require(memberId);
    // the community that ended it sees no more than that it is ended
    return (
      (await this.views.seenBy(context.actor, after)) ?? {
        id: memberId,
        version: after.version,
        view: 'withdrawn',
        reportedTo: null,
      }
    );
  }
}
