import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { ResetPasswordDto } from './reset-password.dto';
import { ResetPasswordHandler } from './reset-password.handler';
import { ACCOUNT } from '../../resources';

@Controller('accounts')
export class ResetPasswordController {
  constructor(private readonly handler: ResetPasswordHandler) {}

  /**
   * Sets a temporary password (PasswordReset): every token of the account dies, and the next
   * login gets a token good only for POST /auth/password.
   */
  @Post(':username/password-reset')
  @HttpCode(200)
  @Returns(ACCOUNT)
  resetPassword(
    @IdParam('username') username: string,
    @Body() dto: ResetPasswordDto,
    @Command() context: CommandContext,
  ) {
    return this.handler.execute(username, dto, context);
  }
}
