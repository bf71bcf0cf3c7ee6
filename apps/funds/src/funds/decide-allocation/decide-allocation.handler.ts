import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import { type CommandContext, newId, NotFound } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { assertDecidesAllocation } from '../../funds.policy';
import { FundsReadModels } from '../../read-models';
import { allocationResource } from '../../resources';
import { fundAggregate } from '../fund.decider';

/**
 * The fund owner's admin approves an allocation (the amount moves from the fund into the budget,
 * refused with 422 `insufficient_funds` when the fund holds less) or rejects it with a reason.
 */
@Injectable()
export class DecideAllocationHandler {
  private readonly funds;

  constructor(
    commands: Commands,
    private readonly directory: Directory,
    private readonly readModels: FundsReadModels,
  ) {
    this.funds = commands.for(fundAggregate);
  }

  async approve(fundId: string, allocationId: string, context: CommandContext) {
    await this.authorize(fundId, allocationId, context);
    const command = { type: 'ApproveAllocation' as const, allocationId, postingId: newId(context) };
    await this.funds.executeWithRetry(fundId, command, context, 50);
    return allocationResource(await this.readModels.allocations.require(allocationId));
  }

  async reject(fundId: string, allocationId: string, reason: string, context: CommandContext) {
    await this.authorize(fundId, allocationId, context);
    await this.funds.execute(fundId, { type: 'RejectAllocation', allocationId, reason: reason.trim() }, context);
    return allocationResource(await this.readModels.allocations.require(allocationId));
  }

  private async authorize(fundId: string, allocationId: string, context: CommandContext) {
    const fund = await this.readModels.funds.require(fundId);
    const allocation = await this.readModels.allocations.get(allocationId);
    if (!allocation || allocation.fundId !== fundId) throw new NotFound(`allocation ${allocationId} not found`);
    await assertDecidesAllocation(context.actor, fund, this.directory);
  }
}
