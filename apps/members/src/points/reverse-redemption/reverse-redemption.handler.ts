import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import { type CommandContext, NotFound } from '@gongjian/eventing';
import { fenToYuan } from '@gongjian/ledger';
import { Commands } from '@gongjian/runtime';
import { assertMayReverseRedemption } from '../../members.policy';
import { MembersReadModels } from '../../read-models';
import { ledgerAggregate } from '../ledger.decider';
import type { ReverseRedemptionDto } from './reverse-redemption.dto';

/**
 * A disputed redemption undone by a compensating posting (never an edit): the points go back to
 * the member and leave the merchant's account; at most once (409). By the admins over the member's
 * branch or of the merchant's alliance organisation.
 */
@Injectable()
export class ReverseRedemptionHandler {
  private readonly ledgers;

  constructor(
    commands: Commands,
    private readonly readModels: MembersReadModels,
    private readonly directory: Directory,
  ) {
    this.ledgers = commands.for(ledgerAggregate);
  }

  async execute(memberId: string, redemptionId: string, dto: ReverseRedemptionDto, context: CommandContext) {
    const member = await this.readModels.members.require(memberId);
    const ledger = await this.ledgers.load(memberId);
    const redemption = ledger.state.redemptions.get(redemptionId);
    if (!redemption && !ledger.state.sources.has(redemptionId))
      throw new NotFound(`redemption ${redemptionId} not found`);
    const merchant = redemption ? await this.readModels.merchants.get(redemption.merchantId) : null;
    await assertMayReverseRedemption(context.actor, member, merchant, this.directory);
    const command = { type: 'ReverseRedemption' as const, memberId, redemptionId, reason: dto.reason.trim() };
    const result = await this.ledgers.executeWithRetry(memberId, command, context, 50);
    const reversed = result.state.redemptions.get(redemptionId);
    return {
      redemptionId,
      memberId,
      merchantId: reversed?.merchantId ?? '',
      points: reversed?.points ?? 0,
      yuan: fenToYuan(reversed?.yuanValue ?? 0),
      reason: command.reason,
      balance: result.state.balance,
    };
  }
}
