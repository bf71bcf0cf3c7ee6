import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, Returns } from '@gongjian/http';
import { PostOfferDto } from './post-offer.dto';
import { PostOfferHandler } from './post-offer.handler';
import { OFFER } from '../../resources';

@Controller('offers')
export class PostOfferController {
  constructor(private readonly handler: PostOfferHandler) {}

  /** A unit posts an item of its resource list (资源清单). */
  @Post()
  @HttpCode(201)
  @Returns(OFFER)
  post(@Body() dto: PostOfferDto, @Command() context: CommandContext) {
    return this.handler.execute(dto, context);
  }
}
