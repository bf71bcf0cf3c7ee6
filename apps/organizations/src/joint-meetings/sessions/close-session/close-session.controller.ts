import { Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { JOINT_MEETING_SESSION } from '../sessions.resources';
import { CloseSessionHandler } from './close-session.handler';

@Controller('joint-meeting-sessions/:id')
export class CloseSessionController {
  constructor(private readonly handler: CloseSessionHandler) {}

  /** Closes the session (held): no more attendance, minutes or decisions; action items go on. */
  @Post('close')
  @HttpCode(200)
  @Returns(JOINT_MEETING_SESSION)
  close(@IdParam() id: string, @Command() context: CommandContext) {
    return this.handler.execute(id, context);
  }
}
