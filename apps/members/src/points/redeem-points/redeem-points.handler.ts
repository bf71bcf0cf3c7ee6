import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import { type CommandContext, newId } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { assertMayActForMember } from '../../members.policy';
import { MembersReadModels } from '../../read-models';
import { ledgerAggregate } from '../ledger.decider';
import type { RedemptionDto } from './redeem-points.dto';

/**
 * A redemption at a merchant, by an admin over the member's branch. The ledger stream's expected
 * revision makes concurrent redemptions take turns: each re-reads the balance, so the balance
 * never goes below zero.
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
    const redemptionId = newId(context);
    const command = {
      type: 'RedeemPoints' as const,
      memberId,
      redemptionId,
      points: dto.points,
      merchant: dto.merchant.trim(),
    };
    // another write to this ledger may win the race: decide again on the new balance
    const result = await this.ledgers.executeWithRetry(memberId, command, context, 50);
    return { redemptionId, memberId, points: dto.points, merchant: command.merchant, balance: result.state.balance };
  }
}
