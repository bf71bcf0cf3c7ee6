import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, Returns } from '@gongjian/http';
import { PostNeedDto } from './post-need.dto';
import { PostNeedHandler } from './post-need.handler';
import { NEED } from '../../resources';

@Controller('needs')
export class PostNeedController {
  constructor(private readonly handler: PostNeedHandler) {}

  /** A community posts an item of its need list (需求清单). */
  @Post()
  @HttpCode(201)
  @Returns(NEED)
  post(@Body() dto: PostNeedDto, @Command() context: CommandContext) {
    return this.handler.execute(dto, context);
  }
}
