import { Injectable } from '@nestjs/common';
import { chinaDay } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { SessionSteps } from '../session-steps';

@Injectable()
export class CloseSessionHandler {
  constructor(private readonly steps: SessionSteps) {}

  /**
   * Closes a session whose attendance is recorded: `organizations.JointMeetingSessionHeld` (public)
   * tells assessment who attended and how many decisions it took. Action items stay followed.
   */
  execute(sessionId: string, context: CommandContext) {
    return this.steps.run(sessionId, context, () => ({ type: 'CloseSession', today: chinaDay() }));
  }
}
