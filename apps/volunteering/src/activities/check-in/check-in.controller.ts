import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Answers, Command, IdParam, Returns } from '@gongjian/http';
import { CheckInDto } from './check-in.dto';
import { CheckInHandler } from './check-in.handler';
import { ACTIVITY } from '../../resources';

@Controller('activities')
export class CheckInController {
  constructor(private readonly handler: CheckInHandler) {}

  /**
   * 扫码签到: a signed-up member or resident checks in with the code on the organiser's screen
   * (scanned, or its six digits typed), from 30 minutes before the activity until it ends.
   */
  @Post(':id/check-in')
  @HttpCode(200)
  @Returns(ACTIVITY)
  @Answers(429)
  checkIn(@IdParam() id: string, @Body() dto: CheckInDto, @Command() context: CommandContext) {
    return this.handler.execute(id, dto, context, 'CheckIn');
  }

  /**
   * Checks out with a current code, until 2 hours after the activity ends: the time in between
   * within the activity is measured, and verified at once when the activity says `automatic`.
   */
  @Post(':id/check-out')
  @HttpCode(200)
  @Returns(ACTIVITY)
  @Answers(429)
  checkOut(@IdParam() id: string, @Body() dto: CheckInDto, @Command() context: CommandContext) {
    return this.handler.execute(id, dto, context, 'CheckOut');
  }
}
