import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, Returns } from '@gongjian/http';
import { EstablishPairingDto } from './establish-pairing.dto';
import { EstablishPairingHandler } from './establish-pairing.handler';
import { PAIRING } from '../../resources';

@Controller('pairings')
export class EstablishPairingController {
  constructor(private readonly handler: EstablishPairingHandler) {}

  /** One side proposes a pairing (结对共建); an account over both sides pairs at once. */
  @Post()
  @HttpCode(201)
  @Returns(PAIRING)
  establish(@Body() dto: EstablishPairingDto, @Command() context: CommandContext) {
    return this.handler.execute(dto, context);
  }
}
