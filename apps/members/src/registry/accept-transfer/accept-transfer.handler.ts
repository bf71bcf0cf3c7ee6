import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { assertMayTakeTransferStep } from '../../members.policy';
import { MembersReadModels } from '../../read-models';
import { memberAggregate } from '../member.decider';
import { MemberViews } from '../member-views';

/** The side that did not ask accepts; the destination must still be an active branch (the decider). */
@Injectable()
export class AcceptTransferHandler {
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
    await assertMayTakeTransferStep(context.actor, member, 'accepting', this.directory);
    // the destination as it is now: it may have been dissolved while the request waited
    const toBranch = await this.directory.ref(member.pendingTransferTo);
    await this.members.execute(memberId, { type: 'AcceptTransfer', toBranch }, context);
    return this.views.afterTransferStep(context.actor, memberId);
  }
}
