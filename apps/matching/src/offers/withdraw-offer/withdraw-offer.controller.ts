import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { WithdrawOfferDto } from './withdraw-offer.dto';
import { WithdrawOfferHandler } from './withdraw-offer.handler';
import { OFFER } from '../../resources';

@Controller('offers')
export class WithdrawOfferController {
  constructor(private readonly handler: WithdrawOfferHandler) {}

  /** Withdraws an offer from the resource list; a withdrawn or expired offer cannot be (409). */
  @Post(':id/withdraw')
  @HttpCode(200)
  @Returns(OFFER)
  withdraw(@IdParam() id: string, @Body() dto: WithdrawOfferDto, @Command() context: CommandContext) {
    return this.handler.execute(id, dto, context);
  }
}
