import { Injectable } from '@nestjs/common';
import { Directory, requireActive } from '@gongjian/auth';
import { type CommandContext, DomainRuleViolation, newId } from '@gongjian/eventing';
import { yuanToFen } from '@gongjian/ledger';
import { Commands } from '@gongjian/runtime';
import { assertRecordsContribution } from '../../funds.policy';
import { FundsReadModels } from '../../read-models';
import { contributionResource } from '../../resources';
import { fundAggregate } from '../fund.decider';
import type { RecordContributionDto } from './record-contribution.dto';

/** 认捐: a unit's money into a fund or into one of its approved budgets, with the unit as source. */
@Injectable()
export class RecordContributionHandler {
  private readonly funds;

  constructor(
    commands: Commands,
    private readonly directory: Directory,
    private readonly readModels: FundsReadModels,
  ) {
    this.funds = commands.for(fundAggregate);
  }

  async execute(fundId: string, dto: RecordContributionDto, context: CommandContext) {
    const fund = await this.readModels.funds.require(fundId);
    const unit = await requireActive(this.directory, dto.unitId, 'unit', 'unitId');
    await assertRecordsContribution(context.actor, fund, unit._id, this.directory);
    if (!(await this.directory.isWithin(unit._id, fund.ownerOrgId)))
      throw new DomainRuleViolation('the unit lies outside the area of this fund', 'unit_outside_fund', {
        field: 'unitId',
      });
    const amount = yuanToFen(dto.amount);
    if (amount === 0) throw new DomainRuleViolation('认捐 gives money', 'invalid_amount', { field: 'amount' });
    const contributionId = newId(context);
    const contribution = {
      contributionId,
      unitId: unit._id,
      allocationId: dto.allocationId ?? null,
      amount,
      note: dto.note?.trim() ?? '',
    };
    await this.funds.executeWithRetry(
      fundId,
      { type: 'RecordContribution', contribution, postingId: newId(context) },
      context,
      50,
    );
    return contributionResource(await this.readModels.contributions.require(contributionId));
  }
}
