import { Controller, Get, Headers, Param } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command } from '@gongjian/http';
import { StreamHistoryHandler } from './stream-history.handler';

@Controller('audit')
export class StreamHistoryController {
  constructor(private readonly handler: StreamHistoryHandler) {}

  /** The full history of one stream, oldest first, each event with its effect. */
  @Get('streams/:streamId')
  stream(
    @Param('streamId') streamId: string,
    @Command() context: CommandContext,
    @Headers('authorization') authorization?: string,
  ) {
    return this.handler.execute(streamId, { actor: context.actor, authorization });
  }
}
