import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { SITE_STANDARDS } from '../site-standards.resource';
import { SetRatingAuthorityDto } from './set-rating-authority.dto';
import { SetRatingAuthorityHandler } from './set-rating-authority.handler';

@Controller('organizations')
export class SetRatingAuthorityController {
  constructor(private readonly handler: SetRatingAuthorityHandler) {}

  /** A district sets from how many stars its sites' ratings are its own (四星级以上由区层面考评). */
  @Post(':id/site-standards/authority')
  @HttpCode(200)
  @Returns(SITE_STANDARDS)
  set(@IdParam() id: string, @Body() dto: SetRatingAuthorityDto, @Command() context: CommandContext) {
    return this.handler.execute(id, dto, context);
  }
}
