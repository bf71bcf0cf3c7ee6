import { Inject, Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import { BLOB_STORE, type BlobStore } from '@gongjian/blobs';
import { type CommandContext, DomainRuleViolation, newId, NotFound } from '@gongjian/eventing';
import { yuanToFen } from '@gongjian/ledger';
import { Commands } from '@gongjian/runtime';
import { assertSpends } from '../../funds.policy';
import { FundsReadModels } from '../../read-models';
import { spendingResource } from '../../resources';
import { fundAggregate } from '../fund.decider';
import type { RecordSpendingDto } from './record-spending.dto';

/**
 * Spending against an approved budget, by the admins running its project: payee, purpose, day and
 * the hash of the receipt already uploaded. Concurrent spends take turns on the fund's stream, so
 * a budget is never overdrawn (422 `insufficient_funds`). A wrong entry is reversed by a
 * compensating posting, never edited.
 */
@Injectable()
export class RecordSpendingHandler {
  private readonly funds;

  constructor(
    commands: Commands,
    private readonly directory: Directory,
    private readonly readModels: FundsReadModels,
    @Inject(BLOB_STORE) private readonly blobs: BlobStore,
  ) {
    this.funds = commands.for(fundAggregate);
  }

  async execute(fundId: string, allocationId: string, dto: RecordSpendingDto, context: CommandContext) {
    const allocation = await this.allocationOf(fundId, allocationId);
    await assertSpends(context.actor, allocation, this.directory);
    const amount = yuanToFen(dto.amount);
    if (amount === 0) throw new DomainRuleViolation('spending moves money', 'invalid_amount', { field: 'amount' });
    if (!(await this.blobs.info(dto.receiptSha256)))
      throw new DomainRuleViolation('no receipt with this hash was uploaded', 'unknown_receipt', {
        field: 'receiptSha256',
      });
    const spendingId = newId(context);
    const spending = {
      spendingId,
      allocationId,
      amount,
      payee: dto.payee.trim(),
      purpose: dto.purpose.trim(),
      spentOn: dto.spentOn,
      receiptSha256: dto.receiptSha256,
    };
    await this.funds.executeWithRetry(
      fundId,
      { type: 'RecordSpending', spending, postingId: newId(context) },
      context,
      100,
    );
    return spendingResource(await this.readModels.spendings.require(spendingId));
  }

  async reverse(fundId: string, spendingId: string, reason: string, context: CommandContext) {
    const spending = await this.readModels.spendings.get(spendingId);
    if (!spending || spending.fundId !== fundId) throw new NotFound(`spending ${spendingId} not found`);
    await assertSpends(context.actor, spending, this.directory);
    const command = { type: 'ReverseSpending' as const, spendingId, reason: reason.trim(), postingId: newId(context) };
    await this.funds.executeWithRetry(fundId, command, context, 50);
    return spendingResource(await this.readModels.spendings.require(spendingId));
  }

  private async allocationOf(fundId: string, allocationId: string) {
    await this.readModels.funds.require(fundId);
    const allocation = await this.readModels.allocations.get(allocationId);
    if (!allocation || allocation.fundId !== fundId) throw new NotFound(`allocation ${allocationId} not found`);
    return allocation;
  }
}
