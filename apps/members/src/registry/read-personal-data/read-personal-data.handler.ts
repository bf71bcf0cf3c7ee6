import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { assertMayReadPersonalData } from '../../members.policy';
import { MembersReadModels } from '../../read-models';
import { MemberViews } from '../member-views';

/** The member's personal data opened with its key: the member themself or an admin over the branch. */
@Injectable()
export class ReadPersonalDataHandler {
  constructor(
    private readonly readModels: MembersReadModels,
    private readonly directory: Directory,
    private readonly views: MemberViews,
  ) {}

  async execute(memberId: string, context: CommandContext) {
    const member = await this.readModels.members.require(memberId);
    await assertMayReadPersonalData(context.actor, member, this.directory);
    const personal = await this.views.personal(member);
    return {
      id: memberId,
      erased: personal === null,
      ...(personal ?? { phone: null, idNumber: null, address: null }),
    };
  }
}
