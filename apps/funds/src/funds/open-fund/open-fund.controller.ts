import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, Returns } from '@gongjian/http';
import { FUND } from '../../resources';
import { OpenFundDto } from './open-fund.dto';
import { OpenFundHandler } from './open-fund.handler';

@Controller('funds')
export class OpenFundController {
  constructor(private readonly handler: OpenFundHandler) {}

  /** Opens a fund with its yearly amount, granted by the organisation above its owner. */
  @Post()
  @HttpCode(201)
  @Returns(FUND)
  open(@Body() dto: OpenFundDto, @Command() context: CommandContext) {
    return this.handler.execute(dto, context);
  }
}
