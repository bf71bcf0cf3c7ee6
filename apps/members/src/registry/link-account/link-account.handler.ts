import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import { type CommandContext, DomainRuleViolation } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { assertAccountInScope, assertMayActForMember } from '../../members.policy';
import { MembersReadModels } from '../../read-models';
import { assertAccountFree } from '../account-link';
import { memberAggregate } from '../member.decider';
import { MemberViews } from '../member-views';
import type { LinkAccountDto } from './link-account.dto';

/**
 * Proposes the member's own login account: an existing account of role `member` in the admin's
 * scope (the members service knows accounts from AccountCreated). The link takes effect when
 * that account confirms it (POST /members/me/account/confirm); it may then read this record,
 * its ledger and its pioneer index — and nothing else. One account, one member.
 */
@Injectable()
export class LinkAccountHandler {
  private readonly members;

  constructor(
    commands: Commands,
    private readonly readModels: MembersReadModels,
    private readonly directory: Directory,
    private readonly views: MemberViews,
  ) {
    this.members = commands.for(memberAggregate);
  }

  async execute(memberId: string, dto: LinkAccountDto, context: CommandContext) {
    const member = await this.readModels.members.require(memberId);
    await assertMayActForMember(context.actor, member, this.directory);
    const account = await this.readModels.accounts.get(dto.accountId);
    if (!account || account.role !== 'member')
      throw new DomainRuleViolation(`${dto.accountId} is not an account of role member`, 'unknown_account', {
        field: 'accountId',
      });
    await assertAccountInScope(context.actor, account, this.directory);
    await assertAccountFree(this.readModels, dto.accountId, memberId);
    await this.members.execute(memberId, { type: 'ProposeAccountLink', accountId: dto.accountId }, context);
    // the caller acted in scope: the result is theirs to see
    return this.views.resource(await this.readModels.members.require(memberId));
  }
}
