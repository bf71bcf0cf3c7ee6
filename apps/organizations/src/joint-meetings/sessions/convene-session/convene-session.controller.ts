import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { JOINT_MEETING_SESSION } from '../sessions.resources';
import { ConveneSessionDto } from './convene-session.dto';
import { ConveneSessionHandler } from './convene-session.handler';

@Controller('organizations/:id/joint-meeting')
export class ConveneSessionController {
  constructor(private readonly handler: ConveneSessionHandler) {}

  /** Convenes a session of the organisation's joint meeting (联席会议): day, place, title, agenda. */
  @Post('sessions')
  @HttpCode(201)
  @Returns(JOINT_MEETING_SESSION)
  convene(@IdParam() id: string, @Body() dto: ConveneSessionDto, @Command() context: CommandContext) {
    return this.handler.execute(id, dto, context);
  }
}
