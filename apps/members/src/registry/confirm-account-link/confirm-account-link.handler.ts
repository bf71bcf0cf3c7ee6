import { Injectable } from '@nestjs/common';
import { type CommandContext, NotFound } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { assertMemberAccount } from '../../members.policy';
import { MembersReadModels } from '../../read-models';
import { assertAccountFree } from '../account-link';
import { memberAggregate } from '../member.decider';
import { MemberViews } from '../member-views';
import type { ConfirmAccountDto } from './confirm-account-link.dto';

/** The named account confirms: the link takes effect (MemberAccountLinked), and `self` access with it. */
@Injectable()
export class ConfirmAccountLinkHandler {
  private readonly members;

  constructor(
    commands: Commands,
    private readonly readModels: MembersReadModels,
    private readonly views: MemberViews,
  ) {
    this.members = commands.for(memberAggregate);
  }

  async execute(dto: ConfirmAccountDto, context: CommandContext) {
    const { accountId } = context.actor;
    assertMemberAccount(context.actor, 'only member accounts confirm a link to a member record');
    const member = await this.readModels.members.require(dto.memberId);
    if (member.proposedAccountId !== accountId)
      throw new NotFound(`no link of member ${dto.memberId} to this account is waiting for confirmation`);
    await assertAccountFree(this.readModels, accountId, member._id);
    await this.members.execute(member._id, { type: 'ConfirmAccountLink', accountId }, context);
    return this.views.resource(await this.readModels.members.require(member._id));
  }
}
