import { Controller, Get } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { JOINT_MEETING_SESSIONS } from '../sessions.resources';
import { ListSessionsHandler } from './list-sessions.handler';

@Controller('organizations/:id/joint-meeting')
export class ListSessionsController {
  constructor(private readonly handler: ListSessionsHandler) {}

  /** The sessions of the organisation's joint meeting (联席会议), newest first. */
  @Get('sessions')
  @Returns(JOINT_MEETING_SESSIONS)
  sessions(@IdParam() id: string, @Command() context: CommandContext) {
    return this.handler.list(id, context.actor);
  }
}
