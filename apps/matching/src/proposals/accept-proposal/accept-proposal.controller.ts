import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { AcceptDto } from './accept-proposal.dto';
import { AcceptProposalHandler } from './accept-proposal.handler';
import { PROPOSAL } from '../../resources';

@Controller('proposals')
export class AcceptProposalController {
  constructor(private readonly handler: AcceptProposalHandler) {}

  /** Accepts one side; when both sides have accepted, the proposal becomes a project. */
  @Post(':id/accept')
  @HttpCode(200)
  @Returns(PROPOSAL)
  accept(@IdParam() id: string, @Body() dto: AcceptDto, @Command() context: CommandContext) {
    return this.handler.execute(id, dto, context);
  }
}
