import { Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { ReleaseWishHandler } from './release-wish.handler';
import { WISH } from '../../resources';

@Controller('micro-wishes')
export class ReleaseWishController {
  constructor(private readonly handler: ReleaseWishHandler) {}

  @Post(':id/release')
  @HttpCode(200)
  @Returns(WISH)
  release(@IdParam() id: string, @Command() context: CommandContext) {
    return this.handler.execute(id, context);
  }
}
