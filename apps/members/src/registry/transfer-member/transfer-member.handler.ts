import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { assertMayTransfer } from '../../members.policy';
import { MembersReadModels } from '../../read-models';
import { memberAggregate, type MemberCommand } from '../member.decider';
import { MemberViews } from '../member-views';
import type { TransferMemberDto } from './transfer-member.dto';

/**
 * 组织关系转接. An admin over both branches transfers at once; otherwise the request waits for
 * the other side: asked by the member's side (`out`, the destination accepts) or by the
 * destination side pulling the member in (`in`, the member's branch accepts).
 */
@Injectable()
export class TransferMemberHandler {
  private readonly members;

  constructor(
    commands: Commands,
    private readonly readModels: MembersReadModels,
    private readonly directory: Directory,
    private readonly views: MemberViews,
  ) {
    this.members = commands.for(memberAggregate);
  }

  async execute(memberId: string, dto: TransferMemberDto, context: CommandContext) {
    const member = await this.readModels.members.require(memberId);
    const toBranch = await this.directory.ref(dto.toBranchId);
    const { source, destination } = await assertMayTransfer(context.actor, member, toBranch?.id, this.directory);
    const { toBranchId } = dto;
    const command: MemberCommand =
      source && destination
        ? { type: 'TransferMember', toBranchId, toBranch }
        : { type: 'RequestTransfer', toBranchId, toBranch, direction: source ? 'out' : 'in' };
    await this.members.execute(memberId, command, context);
    return this.views.afterTransferStep(context.actor, memberId);
  }
}
