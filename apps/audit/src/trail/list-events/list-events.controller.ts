import { Controller, Get, Query } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, Returns } from '@gongjian/http';
import { ListEventsHandler } from './list-events.handler';
import { AuditEventsQuery } from './list-events.query';
import { AUDIT_EVENTS } from '../../resources';

@Controller('audit')
export class ListEventsController {
  constructor(private readonly handler: ListEventsHandler) {}

  /** Who did what, when and why, newest first; filters combine. */
  @Get('events')
  @Returns(AUDIT_EVENTS)
  events(@Query() query: AuditEventsQuery, @Command() context: CommandContext) {
    return this.handler.execute(query, context.actor);
  }
}
