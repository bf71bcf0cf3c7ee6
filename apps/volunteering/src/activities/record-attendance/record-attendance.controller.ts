import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { AttendanceDto } from './record-attendance.dto';
import { RecordAttendanceHandler } from './record-attendance.handler';
import { ACTIVITY } from '../../resources';

@Controller('activities')
export class RecordAttendanceController {
  constructor(private readonly handler: RecordAttendanceHandler) {}

  /** The organiser records attendance: the hours are verified and the members service awards points. */
  @Post(':id/attendance')
  @HttpCode(201)
  @Returns(ACTIVITY)
  attendance(@IdParam() id: string, @Body() dto: AttendanceDto, @Command() context: CommandContext) {
    return this.handler.execute(id, dto, context);
  }
}
