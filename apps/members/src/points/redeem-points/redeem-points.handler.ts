import { Injectable } from '@nestjs/common';
import { chinaDay, Directory } from '@gongjian/auth';
import { type CommandContext, newId } from '@gongjian/eventing';
import { fenToYuan } from '@gongjian/ledger';
import { Commands } from '@gongjian/runtime';
import { termsOn } from '../../merchants/merchants.projection';
import { assertMayActForMember } from '../../members.policy';
import { MembersReadModels } from '../../read-models';
import { ledgerAggregate, type MerchantFacts, yuanValueOf } from '../ledger.decider';
import type { RedemptionDto } from './redeem-points.dto';

/**
 * A redemption at a registered merchant, by an admin over the member's branch, under the merchant's
 * terms in force today (China's calendar). The ledger stream's expected revision makes concurrent
 * redemptions take turns: each re-reads the balance and the month's count, so neither the balance
 * goes below zero nor the monthly cap is passed.
 */
@Injectable()
export class RedeemPointsHandler {
  private readonly ledgers;

  constructor(
    commands: Commands,
    private readonly readModels: MembersReadModels,
    private readonly directory: Directory,
  ) {
    this.ledgers = commands.for(ledgerAggregate);
  }

  async execute(memberId: string, dto: RedemptionDto, context: CommandContext) {
    const member = await this.readModels.members.require(memberId);
    await assertMayActForMember(context.actor, member, this.directory);
    const day = chinaDay();
    const known = await this.readModels.merchants.get(dto.merchantId);
    const merchant: MerchantFacts | null = known && {
      merchantId: known._id,
      name: known.name,
      orgId: known.orgId,
      status: known.status,
      terms: termsOn(known.terms, day),
    };
    const redemptionId = newId(context);
    const command = { type: 'RedeemPoints' as const, memberId, redemptionId, points: dto.points, day, merchant };
    // another write to this ledger may win the race: decide again on the new balance
    const result = await this.ledgers.executeWithRetry(memberId, command, context, 50);
    const terms = merchant?.terms;
    return {
      redemptionId,
      memberId,
      points: dto.points,
      merchantId: dto.merchantId,
      merchant: merchant?.name ?? '',
      day,
      month: day.slice(0, 7),
      yuan: fenToYuan(terms ? yuanValueOf(dto.points, terms.pointsPerYuan) : 0),
      balance: result.state.balance,
    };
  }
}
