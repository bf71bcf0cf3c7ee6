import { Controller, Get } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { JOINT_MEETING_SESSION } from '../sessions.resources';
import { GetSessionHandler } from './get-session.handler';

@Controller('joint-meeting-sessions')
export class GetSessionController {
  constructor(private readonly handler: GetSessionHandler) {}

  /** A session of a joint meeting: agenda, attendance, minutes, decisions, action items (overdue on read). */
  @Get(':id')
  @Returns(JOINT_MEETING_SESSION)
  session(@IdParam() id: string, @Command() context: CommandContext) {
    return this.handler.session(id, context.actor);
  }
}
