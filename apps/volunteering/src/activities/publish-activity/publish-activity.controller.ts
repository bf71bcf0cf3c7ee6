import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, Returns } from '@gongjian/http';
import { PublishActivityDto } from './publish-activity.dto';
import { PublishActivityHandler } from './publish-activity.handler';
import { ACTIVITY } from '../../resources';

@Controller('activities')
export class PublishActivityController {
  constructor(private readonly handler: PublishActivityHandler) {}

  /** A grid or community publishes a 招募令: an activity with its places and points per hour. */
  @Post()
  @HttpCode(201)
  @Returns(ACTIVITY)
  publish(@Body() dto: PublishActivityDto, @Command() context: CommandContext) {
    return this.handler.execute(dto, context);
  }
}
