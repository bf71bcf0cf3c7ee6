import { Controller, Get, Query } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, Returns } from '@gongjian/http';
import { AUDIT_SEARCH } from '../../resources';
import { SearchStreamsHandler } from './search-streams.handler';
import { SearchStreamsQuery } from './search-streams.query';

@Controller('audit')
export class SearchStreamsController {
  constructor(private readonly handler: SearchStreamsHandler) {}

  /** The streams of the subjects whose title or name holds `q`, each with the streams about it. */
  @Get('search')
  @Returns(AUDIT_SEARCH)
  search(@Query() query: SearchStreamsQuery, @Command() context: CommandContext) {
    return this.handler.execute(query, context.actor);
  }
}
