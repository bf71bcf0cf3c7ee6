import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { RedemptionDto } from './redeem-points.dto';
import { RedeemPointsHandler } from './redeem-points.handler';
import { REDEMPTION } from '../../resources';

@Controller('members')
export class RedeemPointsController {
  constructor(private readonly handler: RedeemPointsHandler) {}

  /** A redemption of points at a merchant; never below zero (422 `insufficient_points`). */
  @Post(':id/redemptions')
  @HttpCode(201)
  @Returns(REDEMPTION)
  redeem(@IdParam() id: string, @Body() dto: RedemptionDto, @Command() context: CommandContext) {
    return this.handler.execute(id, dto, context);
  }
}
