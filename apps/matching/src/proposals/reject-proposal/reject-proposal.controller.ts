import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { RejectDto } from './reject-proposal.dto';
import { RejectProposalHandler } from './reject-proposal.handler';
import { PROPOSAL } from '../../resources';

@Controller('proposals')
export class RejectProposalController {
  constructor(private readonly handler: RejectProposalHandler) {}

  /** Either side may decline: the community admin for the need, the unit contact for the offer. */
  @Post(':id/reject')
  @HttpCode(200)
  @Returns(PROPOSAL)
  reject(@IdParam() id: string, @Body() dto: RejectDto, @Command() context: CommandContext) {
    return this.handler.execute(id, dto, context);
  }
}
