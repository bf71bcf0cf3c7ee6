import { Injectable } from '@nestjs/common';
import { Directory, requireActive } from '@gongjian/auth';
import { type CommandContext, DomainRuleViolation, newId } from '@gongjian/eventing';
import { yuanToFen } from '@gongjian/ledger';
import { Commands } from '@gongjian/runtime';
import { assertOpensFund } from '../../funds.policy';
import { FundsReadModels } from '../../read-models';
import { fundResource } from '../../resources';
import { fundAggregate } from '../fund.decider';
import type { OpenFundDto } from './open-fund.dto';

@Injectable()
export class OpenFundHandler {
  private readonly funds;

  constructor(
    commands: Commands,
    private readonly directory: Directory,
    private readonly readModels: FundsReadModels,
  ) {
    this.funds = commands.for(fundAggregate);
  }

  /**
   * A fund of an active district, street or community, opened by an admin above it: the yearly
   * amount is posted from the grantor's 拨款 account into the fund in the same event.
   */
  async execute(dto: OpenFundDto, context: CommandContext) {
    const owner = await requireActive(
      this.directory,
      dto.ownerOrgId,
      ['district', 'street', 'community'],
      'ownerOrgId',
    );
    await assertOpensFund(context.actor, owner, this.directory);
    const yearlyAmount = yuanToFen(dto.yearlyAmount, 'yearlyAmount');
    if (yearlyAmount === 0)
      throw new DomainRuleViolation('a fund opens with its yearly amount', 'invalid_amount', { field: 'yearlyAmount' });
    const fundId = newId(context);
    const fund = {
      fundId,
      name: dto.name.trim(),
      kind: dto.kind,
      year: dto.year,
      ownerOrgId: owner._id,
      grantorOrgId: owner.kind === 'district' ? null : (owner.parentId ?? null),
      yearlyAmount,
    };
    await this.funds.execute(fundId, { type: 'OpenFund', fund, postingId: newId(context) }, context);
    return fundResource(await this.readModels.funds.require(fundId));
  }
}
