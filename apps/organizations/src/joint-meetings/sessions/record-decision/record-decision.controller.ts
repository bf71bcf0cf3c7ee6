import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { JOINT_MEETING_SESSION } from '../sessions.resources';
import { RecordDecisionDto } from './record-decision.dto';
import { RecordDecisionHandler } from './record-decision.handler';

@Controller('joint-meeting-sessions/:id')
export class RecordDecisionController {
  constructor(private readonly handler: RecordDecisionHandler) {}

  /** 大事共议 — records the decision on an agenda item (adopted, rejected, deferred) with its action items. */
  @Post('decisions')
  @HttpCode(201)
  @Returns(JOINT_MEETING_SESSION)
  decide(@IdParam() id: string, @Body() dto: RecordDecisionDto, @Command() context: CommandContext) {
    return this.handler.execute(id, dto, context);
  }
}
