import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { CONTRIBUTION } from '../../resources';
import { RecordContributionDto } from './record-contribution.dto';
import { RecordContributionHandler } from './record-contribution.handler';

@Controller('funds')
export class RecordContributionController {
  constructor(private readonly handler: RecordContributionHandler) {}

  @Post(':id/contributions')
  @HttpCode(201)
  @Returns(CONTRIBUTION)
  record(@IdParam() id: string, @Body() dto: RecordContributionDto, @Command() context: CommandContext) {
    return this.handler.execute(id, dto, context);
  }
}
