import { Injectable } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { assertMemberAccount } from '../../members.policy';
import { MembersReadModels } from '../../read-models';

/** What a member account learns before it confirms a link: the record's id, name and branch. */
@Injectable()
export class ListAccountProposalsHandler {
  constructor(private readonly readModels: MembersReadModels) {}

  async execute(context: CommandContext) {
    assertMemberAccount(context.actor, 'only member accounts are linked to a member record');
    const proposed = await this.readModels.members.find({ proposedAccountId: context.actor.accountId });
    return { items: proposed.map((m) => ({ memberId: m._id, name: m.name, branchId: m.branchId })) };
  }
}
