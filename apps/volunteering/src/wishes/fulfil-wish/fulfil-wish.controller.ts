import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { FulfilWishDto } from './fulfil-wish.dto';
import { FulfilWishHandler } from './fulfil-wish.handler';
import { WISH } from '../../resources';

@Controller('micro-wishes')
export class FulfilWishController {
  constructor(private readonly handler: FulfilWishHandler) {}

  /** The claimer has done it: the claimer's own member account, or the community on their word. */
  @Post(':id/fulfil')
  @HttpCode(200)
  @Returns(WISH)
  fulfil(@IdParam() id: string, @Body() dto: FulfilWishDto, @Command() context: CommandContext) {
    return this.handler.execute(id, dto, context);
  }
}
