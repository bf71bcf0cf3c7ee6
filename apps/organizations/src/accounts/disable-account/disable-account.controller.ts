import { Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { DisableAccountHandler } from './disable-account.handler';
import { ACCOUNT } from '../../resources';

@Controller('accounts')
export class DisableAccountController {
  constructor(private readonly handler: DisableAccountHandler) {}

  /** Ends the account's access at once: its tokens are refused by every service (AccountDisabled). */
  @Post(':username/disable')
  @HttpCode(200)
  @Returns(ACCOUNT)
  disable(@IdParam('username') username: string, @Command() context: CommandContext) {
    return this.handler.execute(username, context);
  }
}
