import { Injectable } from '@nestjs/common';
import { type CommandContext, NotFound } from '@gongjian/eventing';
import { assertMemberAccount } from '../../members.policy';
import { MembersReadModels } from '../../read-models';
import { MemberViews } from '../member-views';

/** A member account's own record, once the link an admin proposed is confirmed. */
@Injectable()
export class GetOwnRecordHandler {
  constructor(
    private readonly readModels: MembersReadModels,
    private readonly views: MemberViews,
  ) {}

  async execute(context: CommandContext) {
    assertMemberAccount(context.actor, 'only member accounts have a record');
    const [member] = await this.readModels.members.find({ accountId: context.actor.accountId });
    if (!member) throw new NotFound('no member record is linked to this account');
    return this.views.resource(member);
  }
}
