import { Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam } from '@gongjian/http';
import { DissolveOrganizationHandler } from './dissolve-organization.handler';

@Controller('organizations')
export class DissolveOrganizationController {
  constructor(private readonly handler: DissolveOrganizationHandler) {}

  /** Dissolves an empty organisation; its accounts are disabled before this answers. */
  @Post(':id/dissolve')
  @HttpCode(200)
  dissolve(@IdParam() id: string, @Command() context: CommandContext) {
    return this.handler.execute(id, context);
  }
}
