import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam } from '@gongjian/http';
import { CancelActivityDto } from './cancel-activity.dto';
import { CancelActivityHandler } from './cancel-activity.handler';

@Controller('activities')
export class CancelActivityController {
  constructor(private readonly handler: CancelActivityHandler) {}

  @Post(':id/cancel')
  @HttpCode(200)
  cancel(@IdParam() id: string, @Body() dto: CancelActivityDto, @Command() context: CommandContext) {
    return this.handler.execute(id, dto, context);
  }
}
