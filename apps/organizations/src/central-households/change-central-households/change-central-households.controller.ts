import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { CENTRAL_HOUSEHOLD } from '../../resources';
import { ChangeCentralHouseholdsDto } from './change-central-households.dto';
import { ChangeCentralHouseholdsHandler } from './change-central-households.handler';

@Controller('central-households')
export class ChangeCentralHouseholdsController {
  constructor(private readonly handler: ChangeCentralHouseholdsHandler) {}

  @Post(':id/households')
  @HttpCode(200)
  @Returns(CENTRAL_HOUSEHOLD)
  change(@IdParam() id: string, @Body() dto: ChangeCentralHouseholdsDto, @Command() context: CommandContext) {
    return this.handler.execute(id, dto, context);
  }
}
