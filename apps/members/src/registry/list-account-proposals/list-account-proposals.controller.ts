import { Controller, Get } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, Returns } from '@gongjian/http';
import { ListAccountProposalsHandler } from './list-account-proposals.handler';
import { ACCOUNT_PROPOSALS } from '../../resources';

@Controller('members')
export class ListAccountProposalsController {
  constructor(private readonly handler: ListAccountProposalsHandler) {}

  /** The member records an admin proposed to link to the calling account, waiting for its confirmation. */
  @Get('me/account-proposals')
  @Returns(ACCOUNT_PROPOSALS)
  list(@Command() context: CommandContext) {
    return this.handler.execute(context);
  }
}
