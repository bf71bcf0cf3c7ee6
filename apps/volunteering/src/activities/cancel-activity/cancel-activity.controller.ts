import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { CancelActivityDto } from './cancel-activity.dto';
import { CancelActivityHandler } from './cancel-activity.handler';
import { ACTIVITY } from '../../resources';

@Controller('activities')
export class CancelActivityController {
  constructor(private readonly handler: CancelActivityHandler) {}

  @Post(':id/cancel')
  @HttpCode(200)
  @Returns(ACTIVITY)
  cancel(@IdParam() id: string, @Body() dto: CancelActivityDto, @Command() context: CommandContext) {
    return this.handler.execute(id, dto, context);
  }
}
