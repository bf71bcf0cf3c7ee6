import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { CancelNeedDto } from './cancel-need.dto';
import { CancelNeedHandler } from './cancel-need.handler';
import { NEED } from '../../resources';

@Controller('needs')
export class CancelNeedController {
  constructor(private readonly handler: CancelNeedHandler) {}

  /** Withdraws a need from the list; matched or fulfilled needs cannot be cancelled (409). */
  @Post(':id/cancel')
  @HttpCode(200)
  @Returns(NEED)
  cancel(@IdParam() id: string, @Body() dto: CancelNeedDto, @Command() context: CommandContext) {
    return this.handler.execute(id, dto, context);
  }
}
