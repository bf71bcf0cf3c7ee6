import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { assertMayRead } from '../../members.policy';
import { MembersReadModels } from '../../read-models';
import { MemberViews } from '../member-views';

/** One member, as much of it as the caller's access allows; 403 to whom it is none of their business. */
@Injectable()
export class GetMemberHandler {
  constructor(
    private readonly readModels: MembersReadModels,
    private readonly directory: Directory,
    private readonly views: MemberViews,
  ) {}

  async execute(memberId: string, context: CommandContext) {
    const member = await this.readModels.members.require(memberId);
    return this.views.view(member, await assertMayRead(context.actor, member, this.directory));
  }
}
