import { Controller, Get, Req } from '@nestjs/common';
import { IdParam, Returns } from '@gongjian/http';
import type { GongjianRequest } from '@gongjian/http';
import { LoginAttemptsHandler } from './login-attempts.handler';
import { LOGIN_ATTEMPTS } from '../../resources';

@Controller('accounts')
export class LoginAttemptsController {
  constructor(private readonly handler: LoginAttemptsHandler) {}

  /** Failed logins by client address and time: for district admins and auditors (item 11). */
  @Get(':username/login-attempts')
  @Returns(LOGIN_ATTEMPTS)
  loginAttempts(@IdParam('username') username: string, @Req() req: GongjianRequest) {
    return this.handler.loginAttempts(username, req.actor!);
  }
}
