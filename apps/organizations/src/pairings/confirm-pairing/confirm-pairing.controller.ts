import { Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { ConfirmPairingHandler } from './confirm-pairing.handler';
import { PAIRING } from '../../resources';

@Controller('pairings')
export class ConfirmPairingController {
  constructor(private readonly handler: ConfirmPairingHandler) {}

  /** The other side agrees to a proposal: the pairing becomes active (PairingEstablished). */
  @Post(':id/confirm')
  @HttpCode(200)
  @Returns(PAIRING)
  confirm(@IdParam() id: string, @Command() context: CommandContext) {
    return this.handler.execute(id, context);
  }
}
