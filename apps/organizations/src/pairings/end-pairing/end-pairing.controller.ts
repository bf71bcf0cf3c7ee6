import { Controller, Delete, HttpCode } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { EndPairingHandler } from './end-pairing.handler';
import { PAIRING } from '../../resources';

@Controller('pairings')
export class EndPairingController {
  constructor(private readonly handler: EndPairingHandler) {}

  /** Either side ends an active pairing. */
  @Delete(':id')
  @HttpCode(200)
  @Returns(PAIRING)
  end(@IdParam() id: string, @Command() context: CommandContext) {
    return this.handler.execute(id, context);
  }
}
