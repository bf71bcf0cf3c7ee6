import { Controller, Get } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { TraceEventHandler } from './trace-event.handler';
import { TRACED_EVENT } from '../../resources';

@Controller('audit')
export class TraceEventController {
  constructor(private readonly handler: TraceEventHandler) {}

  /** One event, the causation chain that led to it and the events it caused. */
  @Get('events/:eventId')
  @Returns(TRACED_EVENT)
  event(@IdParam('eventId') eventId: string, @Command() context: CommandContext) {
    return this.handler.execute(eventId, context.actor);
  }
}
