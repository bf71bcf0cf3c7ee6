import { Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam } from '@gongjian/http';
import { ReleaseWishHandler } from './release-wish.handler';

@Controller('micro-wishes')
export class ReleaseWishController {
  constructor(private readonly handler: ReleaseWishHandler) {}

  @Post(':id/release')
  @HttpCode(200)
  release(@IdParam() id: string, @Command() context: CommandContext) {
    return this.handler.execute(id, context);
  }
}
