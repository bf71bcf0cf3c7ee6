import { Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { DeclinePairingHandler } from './decline-pairing.handler';
import { PAIRING } from '../../resources';

@Controller('pairings')
export class DeclinePairingController {
  constructor(private readonly handler: DeclinePairingHandler) {}

  /** The other side turns a proposal down. */
  @Post(':id/decline')
  @HttpCode(200)
  @Returns(PAIRING)
  decline(@IdParam() id: string, @Command() context: CommandContext) {
    return this.handler.execute(id, context);
  }
}
