import { Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { WithdrawPairingHandler } from './withdraw-pairing.handler';
import { PAIRING } from '../../resources';

@Controller('pairings')
export class WithdrawPairingController {
  constructor(private readonly handler: WithdrawPairingHandler) {}

  /** The side that proposed takes its proposal back. */
  @Post(':id/withdraw')
  @HttpCode(200)
  @Returns(PAIRING)
  withdraw(@IdParam() id: string, @Command() context: CommandContext) {
    return this.handler.execute(id, context);
  }
}
