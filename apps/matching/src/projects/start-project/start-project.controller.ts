import { Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { StartProjectHandler } from './start-project.handler';
import { PROJECT } from '../../resources';

@Controller('projects')
export class StartProjectController {
  constructor(private readonly handler: StartProjectHandler) {}

  /** Either side starts the work: the unit (contact) or the community (admin). */
  @Post(':id/start')
  @HttpCode(200)
  @Returns(PROJECT)
  start(@IdParam() id: string, @Command() context: CommandContext) {
    return this.handler.execute(id, context);
  }
}
