import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { assertMayActForMember } from '../../members.policy';
import { MembersReadModels } from '../../read-models';
import { memberAggregate } from '../member.decider';
import { MemberViews } from '../member-views';
import type { ChangeStatusDto } from './change-status.dto';

/** An admin over the member's branch changes the member's status, with a reason. */
@Injectable()
export class ChangeStatusHandler {
  private readonly members;

  constructor(
    commands: Commands,
    private readonly readModels: MembersReadModels,
    private readonly directory: Directory,
    private readonly views: MemberViews,
  ) {
    this.members = commands.for(memberAggregate);
  }

  async execute(memberId: string, dto: ChangeStatusDto, context: CommandContext) {
    const member = await this.readModels.members.require(memberId);
    await assertMayActForMember(context.actor, member, this.directory);
    const reason = dto.reason?.trim() ?? '';
    await this.members.execute(memberId, { type: 'ChangeStatus', to: dto.status, reason }, context);
    // the caller acted in scope: the result is theirs to see
    return this.views.resource(await this.readModels.members.require(memberId));
  }
}
