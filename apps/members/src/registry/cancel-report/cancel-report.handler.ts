import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { assertMayCancelReport } from '../../members.policy';
import { MembersReadModels } from '../../read-models';
import { memberAggregate } from '../member.decider';
import { MemberViews } from '../member-views';

/** A 双报到 request still waiting is cancelled by the member or an admin over the branch. */
@Injectable()
export class CancelReportHandler {
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
    await assertMayCancelReport(context.actor, member, this.directory);
    await this.members.execute(memberId, { type: 'CancelCommunityReport' }, context);
    return this.views.afterReportStep(context.actor, memberId);
  }
}
