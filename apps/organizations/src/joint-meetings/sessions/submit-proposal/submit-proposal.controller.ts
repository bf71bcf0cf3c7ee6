import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { JOINT_MEETING_PROPOSAL } from '../sessions.resources';
import { SubmitProposalDto } from './submit-proposal.dto';
import { SubmitProposalHandler } from './submit-proposal.handler';

@Controller('organizations/:id/joint-meeting')
export class SubmitProposalController {
  constructor(private readonly handler: SubmitProposalHandler) {}

  /** Submits a unit's proposal or a 党员提案 to the joint meeting, pending until it is put on an agenda. */
  @Post('proposals')
  @HttpCode(201)
  @Returns(JOINT_MEETING_PROPOSAL)
  submit(@IdParam() id: string, @Body() dto: SubmitProposalDto, @Command() context: CommandContext) {
    return this.handler.execute(id, dto, context);
  }
}
