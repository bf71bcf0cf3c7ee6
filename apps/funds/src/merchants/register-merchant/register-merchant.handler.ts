import { Injectable } from '@nestjs/common';
import { chinaDay, Directory, requireActive } from '@gongjian/auth';
import { type CommandContext, newId } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { FundsReadModels } from '../../read-models';
import { merchantAggregate } from '../merchant.decider';
import { merchantResource } from '../merchant.resources';
import { assertManagesMerchant } from '../merchants.policy';
import type { RegisterMerchantDto } from './register-merchant.dto';

/** A merchant joins the alliance of a street or community, registered by its admins (or above). */
@Injectable()
export class RegisterMerchantHandler {
  private readonly merchants;

  constructor(
    commands: Commands,
    private readonly directory: Directory,
    private readonly readModels: FundsReadModels,
  ) {
    this.merchants = commands.for(merchantAggregate);
  }

  async execute(dto: RegisterMerchantDto, context: CommandContext) {
    const org = await requireActive(this.directory, dto.orgId, ['street', 'community'], 'orgId');
    await assertManagesMerchant(context.actor, { orgId: org._id }, this.directory);
    const merchantId = newId(context);
    const { pointsPerYuan, monthlyCapPoints, effectiveFrom } = dto.terms;
    const merchant = {
      merchantId,
      name: dto.name.trim(),
      address: dto.address.trim(),
      sector: dto.sector,
      orgId: org._id,
      contactName: dto.contactName.trim(),
      contactPhone: dto.contactPhone,
      terms: { pointsPerYuan, monthlyCapPoints, effectiveFrom },
    };
    await this.merchants.execute(merchantId, { type: 'RegisterMerchant', merchant }, context);
    return merchantResource(await this.readModels.merchants.require(merchantId), chinaDay(), true);
  }
}
