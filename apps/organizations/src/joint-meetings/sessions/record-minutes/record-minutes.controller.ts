import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { JOINT_MEETING_SESSION } from '../sessions.resources';
import { RecordMinutesDto } from './record-minutes.dto';
import { RecordMinutesHandler } from './record-minutes.handler';

@Controller('joint-meeting-sessions/:id')
export class RecordMinutesController {
  constructor(private readonly handler: RecordMinutesHandler) {}

  /** Records the minutes (会议纪要) of the session. */
  @Post('minutes')
  @HttpCode(200)
  @Returns(JOINT_MEETING_SESSION)
  record(@IdParam() id: string, @Body() dto: RecordMinutesDto, @Command() context: CommandContext) {
    return this.handler.execute(id, dto, context);
  }
}
