import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { EvaluateProjectDto } from './evaluate-project.dto';
import { EvaluateProjectHandler } from './evaluate-project.handler';
import { PROJECT } from '../../resources';

@Controller('projects')
export class EvaluateProjectController {
  constructor(private readonly handler: EvaluateProjectHandler) {}

  /** The residents' evaluation (1–5) of a completed project, once. */
  @Post(':id/evaluations')
  @HttpCode(201)
  @Returns(PROJECT)
  evaluate(@IdParam() id: string, @Body() dto: EvaluateProjectDto, @Command() context: CommandContext) {
    return this.handler.execute(id, dto, context);
  }
}
