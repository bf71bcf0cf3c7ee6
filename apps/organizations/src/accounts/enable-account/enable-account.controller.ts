import { Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { EnableAccountHandler } from './enable-account.handler';
import { ACCOUNT } from '../../resources';

@Controller('accounts')
export class EnableAccountController {
  constructor(private readonly handler: EnableAccountHandler) {}

  /** Signing in works again; tokens from before the disabling stay refused. */
  @Post(':username/enable')
  @HttpCode(200)
  @Returns(ACCOUNT)
  enable(@IdParam('username') username: string, @Command() context: CommandContext) {
    return this.handler.execute(username, context);
  }
}
