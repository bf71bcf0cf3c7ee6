import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { JOINT_MEETING_SESSION } from '../sessions.resources';
import { RecordAttendanceDto } from './record-attendance.dto';
import { RecordAttendanceHandler } from './record-attendance.handler';

@Controller('joint-meeting-sessions/:id')
export class RecordAttendanceController {
  constructor(private readonly handler: RecordAttendanceHandler) {}

  /** Records who attended: member units and part-time members (兼职委员), present or absent. */
  @Post('attendance')
  @HttpCode(200)
  @Returns(JOINT_MEETING_SESSION)
  record(@IdParam() id: string, @Body() dto: RecordAttendanceDto, @Command() context: CommandContext) {
    return this.handler.execute(id, dto, context);
  }
}
