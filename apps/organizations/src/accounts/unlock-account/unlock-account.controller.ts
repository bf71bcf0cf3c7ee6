import { Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { UnlockAccountHandler } from './unlock-account.handler';
import { ACCOUNT } from '../../resources';

@Controller('accounts')
export class UnlockAccountController {
  constructor(private readonly handler: UnlockAccountHandler) {}

  /** Clears the login throttle of every address (AccountUnlocked; the route kept the name of the lock-out the throttle replaced). */
  @Post(':username/unlock')
  @HttpCode(200)
  @Returns(ACCOUNT)
  unlock(@IdParam('username') username: string, @Command() context: CommandContext) {
    return this.handler.execute(username, context);
  }
}
