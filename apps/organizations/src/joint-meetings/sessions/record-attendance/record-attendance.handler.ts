import { Injectable } from '@nestjs/common';
import { chinaDay } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { SessionSteps } from '../session-steps';
import type { RecordAttendanceDto } from './record-attendance.dto';

@Injectable()
export class RecordAttendanceHandler {
  constructor(private readonly steps: SessionSteps) {}

  /** Present and absent member units and part-time members, on or after the session's day; again until closed. */
  execute(sessionId: string, dto: RecordAttendanceDto, context: CommandContext) {
    return this.steps.run(sessionId, context, (_doc, facts) => ({
      type: 'RecordAttendance',
      units: dto.units.map(({ id, present }) => ({ id, present })),
      partTimeMembers: dto.partTimeMembers.map(({ id, present }) => ({ id, present })),
      ...facts,
      today: chinaDay(),
    }));
  }
}
