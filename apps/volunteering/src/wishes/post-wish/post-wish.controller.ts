import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command } from '@gongjian/http';
import { PostWishDto } from './post-wish.dto';
import { PostWishHandler } from './post-wish.handler';

@Controller('micro-wishes')
export class PostWishController {
  constructor(private readonly handler: PostWishHandler) {}

  @Post()
  @HttpCode(201)
  post(@Body() dto: PostWishDto, @Command() context: CommandContext) {
    return this.handler.execute(dto, context);
  }
}
