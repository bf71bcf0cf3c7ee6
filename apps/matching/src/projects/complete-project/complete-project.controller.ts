import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { CompleteProjectDto } from './complete-project.dto';
import { CompleteProjectHandler } from './complete-project.handler';
import { PROJECT } from '../../resources';

@Controller('projects')
export class CompleteProjectController {
  constructor(private readonly handler: CompleteProjectHandler) {}

  /** Completion with a report; the need records the quantity as served (fulfilled once all is served). */
  @Post(':id/complete')
  @HttpCode(200)
  @Returns(PROJECT)
  complete(@IdParam() id: string, @Body() dto: CompleteProjectDto, @Command() context: CommandContext) {
    return this.handler.execute(id, dto, context);
  }
}
