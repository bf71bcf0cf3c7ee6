import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command } from '@gongjian/http';
import { DissolveOrganizationHandler } from './dissolve-organization.handler';

@Controller('organizations')
export class DissolveOrganizationController {
  constructor(private readonly handler: DissolveOrganizationHandler) {}

  /** Dissolves an empty organisation; its accounts are disabled before this answers. */
  @Post(':id/dissolve')
  @HttpCode(200)
  dissolve(@Param('id') id: string, @Command() context: CommandContext) {
    return this.handler.execute(id, context);
  }
}
