import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { assertMayRead } from '../../members.policy';
import { MembersReadModels } from '../../read-models';
import { MemberViews } from '../../registry/member-views';
import { currentQuarter, pioneerIndex } from '../pioneer';
import type { QuarterQuery } from '../quarter.query';
import { visibleEntries } from '../visible-entries';

/** The 先锋指数 of one member, from the ledger entries the caller may see (the community: its own). */
@Injectable()
export class GetPioneerIndexHandler {
  constructor(
    private readonly readModels: MembersReadModels,
    private readonly directory: Directory,
    private readonly views: MemberViews,
  ) {}

  async execute(memberId: string, query: QuarterQuery, context: CommandContext) {
    const member = await this.readModels.members.require(memberId);
    const access = await assertMayRead(context.actor, member, this.directory);
    const quarter = query.quarter ?? currentQuarter();
    const visible = await visibleEntries(member, access, this.views);
    return pioneerIndex(memberId, quarter, await this.readModels.ledgerEntries.find({ ...visible, quarter }));
  }
}
