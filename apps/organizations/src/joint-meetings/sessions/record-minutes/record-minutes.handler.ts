import { Injectable } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { SessionSteps } from '../session-steps';
import type { RecordMinutesDto } from './record-minutes.dto';

@Injectable()
export class RecordMinutesHandler {
  constructor(private readonly steps: SessionSteps) {}

  /** The minutes (会议纪要) of a session not yet closed. */
  execute(sessionId: string, dto: RecordMinutesDto, context: CommandContext) {
    return this.steps.run(sessionId, context, () => ({ type: 'RecordMinutes', minutes: dto.minutes.trim() }));
  }
}
