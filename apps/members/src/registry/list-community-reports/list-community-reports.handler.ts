import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { paginate } from '@gongjian/http';
import { assertMayListReportsTo } from '../../members.policy';
import { MembersReadModels } from '../../read-models';
import type { ListCommunityReportsQuery } from './list-community-reports.query';

/**
 * The pending 双报到 addressed to a community, as it may see them before it confirms: name,
 * branch, status and the request — no personal data, no points (members.policy.ts, `incoming`).
 */
@Injectable()
export class ListCommunityReportsHandler {
  constructor(
    private readonly readModels: MembersReadModels,
    private readonly directory: Directory,
  ) {}

  async execute(query: ListCommunityReportsQuery, context: CommandContext) {
    await assertMayListReportsTo(context.actor, query.communityId, this.directory);
    const communities = await this.directory.subtreeIds(query.communityId);
    const page = await paginate(this.readModels.members, { pendingReportTo: { $in: communities } }, query);
    const items = page.items.map((member) => {
      const request = member.communityReports?.at(-1);
      return {
        memberId: member._id,
        name: member.name,
        branchId: member.branchId,
        status: member.status,
        communityId: member.pendingReportTo!,
        requestedBy: request?.requestedBy ?? '',
        requestedAt: request?.requestedAt ?? member.registeredAt,
      };
    });
    return { items, nextCursor: page.nextCursor, total: page.total };
  }
}
