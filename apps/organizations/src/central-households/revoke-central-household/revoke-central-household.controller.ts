import { Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { CENTRAL_HOUSEHOLD } from '../../resources';
import { RevokeCentralHouseholdHandler } from './revoke-central-household.handler';

@Controller('central-households')
export class RevokeCentralHouseholdController {
  constructor(private readonly handler: RevokeCentralHouseholdHandler) {}

  @Post(':id/revoke')
  @HttpCode(200)
  @Returns(CENTRAL_HOUSEHOLD)
  revoke(@IdParam() id: string, @Command() context: CommandContext) {
    return this.handler.execute(id, context);
  }
}
