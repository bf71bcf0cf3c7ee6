import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { REDEMPTION_REVERSAL } from '../../resources';
import { ReverseRedemptionDto } from './reverse-redemption.dto';
import { ReverseRedemptionHandler } from './reverse-redemption.handler';

@Controller('members')
export class ReverseRedemptionController {
  constructor(private readonly handler: ReverseRedemptionHandler) {}

  /** Reverses a disputed redemption (`members.PointsRedemptionReversed`); once only (409). */
  @Post(':id/redemptions/:redemptionId/reversal')
  @HttpCode(201)
  @Returns(REDEMPTION_REVERSAL)
  reverse(
    @IdParam() id: string,
    @IdParam('redemptionId') redemptionId: string,
    @Body() dto: ReverseRedemptionDto,
    @Command() context: CommandContext,
  ) {
    return this.handler.execute(id, redemptionId, dto, context);
  }
}
