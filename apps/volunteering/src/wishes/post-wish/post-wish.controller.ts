import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, Returns } from '@gongjian/http';
import { PostWishDto } from './post-wish.dto';
import { PostWishHandler } from './post-wish.handler';
import { WISH } from '../../resources';

@Controller('micro-wishes')
export class PostWishController {
  constructor(private readonly handler: PostWishHandler) {}

  @Post()
  @HttpCode(201)
  @Returns(WISH)
  post(@Body() dto: PostWishDto, @Command() context: CommandContext) {
    return this.handler.execute(dto, context);
  }
}
