import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { assertMayReport } from '../../members.policy';
import { MembersReadModels } from '../../read-models';
import { GetMemberHandler } from '../get-member/get-member.handler';
import { memberAggregate } from '../member.decider';
import type { CommunityReportDto } from './report-to-community.dto';

/**
 * 双报到 is recorded by the member themself or an admin over the member's branch; never by the
 * receiving community, which could otherwise name itself for another street's member (issue 16).
 */
@Injectable()
export class ReportToCommunityHandler {
  private readonly members;

  constructor(
    commands: Commands,
    private readonly readModels: MembersReadModels,
    private readonly directory: Directory,
    private readonly member: GetMemberHandler,
  ) {
    this.members = commands.for(memberAggregate);
  }

  async execute(memberId: string, dto: CommunityReportDto, context: CommandContext) {
    const member = await this.readModels.members.require(memberId);
    await assertMayReport(context.actor, member, this.directory);
    const command = {
      type: 'ReportToCommunity' as const,
      communityId: dto.communityId,
      community: await this.directory.ref(dto.communityId),
      reportedOn: new Date().toISOString().slice(0, 10),
    };
    await this.members.execute(memberId, command, context);
    return this.member.execute(memberId, context);
  }
}
