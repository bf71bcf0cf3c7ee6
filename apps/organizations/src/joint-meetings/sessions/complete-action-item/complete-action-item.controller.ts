import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { JOINT_MEETING_SESSION } from '../sessions.resources';
import { CompleteActionItemDto } from './complete-action-item.dto';
import { CompleteActionItemHandler } from './complete-action-item.handler';

@Controller('joint-meeting-sessions/:id')
export class CompleteActionItemController {
  constructor(private readonly handler: CompleteActionItemHandler) {}

  /** Marks an action item of the session done, with a note. */
  @Post('action-items/:actionItemId/done')
  @HttpCode(200)
  @Returns(JOINT_MEETING_SESSION)
  done(
    @IdParam() id: string,
    @IdParam('actionItemId') actionItemId: string,
    @Body() dto: CompleteActionItemDto,
    @Command() context: CommandContext,
  ) {
    return this.handler.execute(id, actionItemId, dto, context);
  }
}
