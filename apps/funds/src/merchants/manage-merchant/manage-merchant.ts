import { Body, Controller, HttpCode, Injectable, Post } from '@nestjs/common';
import { chinaDay, Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { Commands } from '@gongjian/runtime';
import { FundsReadModels } from '../../read-models';
import { merchantAggregate, type MerchantCommand } from '../merchant.decider';
import { MERCHANT, merchantResource } from '../merchant.resources';
import { assertManagesMerchant } from '../merchants.policy';
import { MerchantTermsDto } from '../register-merchant/register-merchant.dto';
import { SuspendMerchantDto } from './manage-merchant.dto';

/**
 * A merchant's terms changed from a day on (a new entry of its history: today or later, after the
 * last; 422 `terms_not_after_current`), suspended (no redemption there) and reinstated — by the
 * admins of its alliance organisation.
 */
@Injectable()
export class ManageMerchantHandler {
  private readonly merchants;

  constructor(
    commands: Commands,
    private readonly directory: Directory,
    private readonly readModels: FundsReadModels,
  ) {
    this.merchants = commands.for(merchantAggregate);
  }

  async execute(merchantId: string, command: MerchantCommand, context: CommandContext) {
    const merchant = await this.readModels.merchants.require(merchantId);
    await assertManagesMerchant(context.actor, merchant, this.directory);
    await this.merchants.execute(merchantId, command, context);
    return merchantResource(await this.readModels.merchants.require(merchantId), chinaDay(), true);
  }
}

@Controller('merchants')
export class ManageMerchantController {
  constructor(private readonly handler: ManageMerchantHandler) {}

  /** New discount terms from `effectiveFrom` on; the earlier terms stay in the history. */
  @Post(':id/terms')
  @HttpCode(200)
  @Returns(MERCHANT)
  changeTerms(@IdParam() id: string, @Body() dto: MerchantTermsDto, @Command() context: CommandContext) {
    const { pointsPerYuan, monthlyCapPoints, effectiveFrom } = dto;
    const terms = { pointsPerYuan, monthlyCapPoints, effectiveFrom };
    return this.handler.execute(id, { type: 'ChangeTerms', terms, today: chinaDay() }, context);
  }

  /** No redemption at this merchant until it is reinstated (422 `merchant_suspended`). */
  @Post(':id/suspend')
  @HttpCode(200)
  @Returns(MERCHANT)
  suspend(@IdParam() id: string, @Body() dto: SuspendMerchantDto, @Command() context: CommandContext) {
    return this.handler.execute(id, { type: 'SuspendMerchant', reason: dto.reason.trim() }, context);
  }

  @Post(':id/reinstate')
  @HttpCode(200)
  @Returns(MERCHANT)
  reinstate(@IdParam() id: string, @Command() context: CommandContext) {
    return this.handler.execute(id, { type: 'ReinstateMerchant' }, context);
  }
}
