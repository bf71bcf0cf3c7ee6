import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { HOUSEHOLD_UNIT } from '../../resources';
import { AssignRotaDto } from './assign-rota.dto';
import { AssignRotaHandler } from './assign-rota.handler';

@Controller('household-units')
export class AssignRotaController {
  constructor(private readonly handler: AssignRotaHandler) {}

  /** Chooses a month's 轮值户 fairly: no household twice before every other has served. */
  @Post(':id/rota')
  @HttpCode(200)
  @Returns(HOUSEHOLD_UNIT)
  assign(@IdParam() id: string, @Body() dto: AssignRotaDto, @Command() context: CommandContext) {
    return this.handler.execute(id, dto, context);
  }
}
