import { Injectable } from '@nestjs/common';
import { chinaDay } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { SessionSteps } from '../session-steps';
import type { CompleteActionItemDto } from './complete-action-item.dto';

@Injectable()
export class CompleteActionItemHandler {
  constructor(private readonly steps: SessionSteps) {}

  /** An open action item of the session is done (with a note), before or after the session closed. */
  execute(sessionId: string, actionItemId: string, dto: CompleteActionItemDto, context: CommandContext) {
    return this.steps.run(sessionId, context, () => ({
      type: 'CompleteActionItem',
      actionItemId,
      note: dto.note.trim(),
      doneOn: chinaDay(),
    }));
  }
}
