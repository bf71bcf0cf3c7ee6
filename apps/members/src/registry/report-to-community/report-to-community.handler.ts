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
 * 双报到 is asked for by the member themself or an admin over the member's branch; never by the
 * receiving community, which could otherwise name itself for another street's member (issue 16).
 * The community confirms or declines the request; an asker over the community too makes it at once.
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
    const { direct } = await assertMayReport(context.actor, member, dto.communityId, this.directory);
    const community = await this.directory.ref(dto.communityId);
    const today = new Date().toISOString().slice(0, 10);
    const command = direct
      ? { type: 'ReportToCommunity' as const, communityId: dto.communityId, community, reportedOn: today }
      : { type: 'RequestCommunityReport' as const, communityId: dto.communityId, community, requestedOn: today };
    await this.members.execute(memberId, command, context);
    return this.member.execute(memberId, context);
  }
}
