import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { PARTY_ORGANIZATION } from '../../resources';
import { ChangeCoverageDto } from './change-coverage.dto';
import { ChangeCoverageHandler } from './change-coverage.handler';

@Controller('party-organizations')
export class ChangeCoverageController {
  constructor(private readonly handler: ChangeCoverageHandler) {}

  /** What it covers after the change: a branch's grids, a party group's buildings. */
  @Post(':id/coverage')
  @HttpCode(200)
  @Returns(PARTY_ORGANIZATION)
  change(@IdParam() id: string, @Body() dto: ChangeCoverageDto, @Command() context: CommandContext) {
    return this.handler.execute(id, dto, context);
  }
}
