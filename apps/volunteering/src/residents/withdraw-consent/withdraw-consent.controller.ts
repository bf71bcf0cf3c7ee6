import { Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { WithdrawConsentHandler } from './withdraw-consent.handler';
import { RESIDENT } from '../../resources';

@Controller('residents')
export class WithdrawConsentController {
  constructor(private readonly handler: WithdrawConsentHandler) {}

  /** The resident withdraws consent: name and phone are no longer shown, no more sign-ups. */
  @Post(':id/consent/withdraw')
  @HttpCode(200)
  @Returns(RESIDENT)
  withdraw(@IdParam() id: string, @Command() context: CommandContext) {
    return this.handler.execute(id, context);
  }
}
