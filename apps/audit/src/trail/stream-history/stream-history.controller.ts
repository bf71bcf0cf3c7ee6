import { Controller, Get, Headers } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, Returns, StreamIdParam } from '@gongjian/http';
import { StreamHistoryHandler } from './stream-history.handler';
import { STREAM_HISTORY } from '../../resources';

@Controller('audit')
export class StreamHistoryController {
  constructor(private readonly handler: StreamHistoryHandler) {}

  /** The full history of one stream, oldest first, each event with its effect. */
  @Get('streams/:streamId')
  @Returns(STREAM_HISTORY)
  stream(
    @StreamIdParam() streamId: string,
    @Command() context: CommandContext,
    @Headers('authorization') authorization?: string,
  ) {
    return this.handler.execute(streamId, { actor: context.actor, authorization });
  }
}
