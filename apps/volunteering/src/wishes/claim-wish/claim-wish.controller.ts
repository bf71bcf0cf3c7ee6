import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { ClaimWishDto } from './claim-wish.dto';
import { ClaimWishHandler } from './claim-wish.handler';
import { WISH } from '../../resources';

@Controller('micro-wishes')
export class ClaimWishController {
  constructor(private readonly handler: ClaimWishHandler) {}

  /**
   * One member at a time takes the wish on (a member of the community, or reported to it): a member
   * account for itself only (`memberId` its own), or an admin of the community for any member.
   */
  @Post(':id/claim')
  @HttpCode(200)
  @Returns(WISH)
  claim(@IdParam() id: string, @Body() dto: ClaimWishDto, @Command() context: CommandContext) {
    return this.handler.execute(id, dto, context);
  }
}
