import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { assertMayTakeTransferStep } from '../../members.policy';
import { MembersReadModels } from '../../read-models';
import { memberAggregate } from '../member.decider';
import { MemberViews } from '../member-views';

/** The side that asked cancels the pending transfer (MemberTransferCancelled). */
@Injectable()
export class CancelTransferHandler {
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
    await assertMayTakeTransferStep(context.actor, member, 'requesting', this.directory);
    await this.members.execute(memberId, { type: 'CancelTransfer' }, context);
    return this.views.afterTransferStep(context.actor, memberId);
  }
}
