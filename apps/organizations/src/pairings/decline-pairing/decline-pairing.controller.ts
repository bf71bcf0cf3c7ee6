import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command } from '@gongjian/http';
import { DeclinePairingHandler } from './decline-pairing.handler';

@Controller('pairings')
export class DeclinePairingController {
  constructor(private readonly handler: DeclinePairingHandler) {}

  /** The other side turns a proposal down. */
  @Post(':id/decline')
  @HttpCode(200)
  decline(@Param('id') id: string, @Command() context: CommandContext) {
    return this.handler.execute(id, context);
  }
}
