import { Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { DissolveOrganizationHandler } from './dissolve-organization.handler';
import { ORGANIZATION } from '../../resources';

@Controller('organizations')
export class DissolveOrganizationController {
  constructor(private readonly handler: DissolveOrganizationHandler) {}

  /** Dissolves an empty organisation; its accounts are disabled before this answers. */
  @Post(':id/dissolve')
  @HttpCode(200)
  @Returns(ORGANIZATION)
  dissolve(@IdParam() id: string, @Command() context: CommandContext) {
    return this.handler.execute(id, context);
  }
}
