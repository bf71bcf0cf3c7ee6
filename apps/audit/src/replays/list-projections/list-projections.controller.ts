import { Controller, Get, Headers } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, Returns } from '@gongjian/http';
import { ReplayService } from '../replay.service';
import { PROJECTIONS } from '../../resources';

@Controller('audit')
export class ListProjectionsController {
  constructor(private readonly replays: ReplayService) {}

  /** The read models of every owner that an auditor may replay or look at as of a time. */
  @Get('projections')
  @Returns(PROJECTIONS)
  async projections(@Command() context: CommandContext, @Headers('authorization') authorization?: string) {
    return { items: await this.replays.names({ actor: context.actor, authorization }) };
  }
}
