import { Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { ConfirmWishHandler } from './confirm-wish.handler';
import { WISH } from '../../resources';

@Controller('micro-wishes')
export class ConfirmWishController {
  constructor(private readonly handler: ConfirmWishHandler) {}

  /** The community confirms with the resident: MicroWishFulfilled, and the claimer's points. */
  @Post(':id/confirm')
  @HttpCode(200)
  @Returns(WISH)
  confirm(@IdParam() id: string, @Command() context: CommandContext) {
    return this.handler.execute(id, context);
  }
}
