import { Controller, Get, Headers } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command } from '@gongjian/http';
import { ReplayService } from '../replay.service';

@Controller('audit')
export class ListProjectionsController {
  constructor(private readonly replays: ReplayService) {}

  /** The read models of every owner that an auditor may replay or look at as of a time. */
  @Get('projections')
  async projections(@Command() context: CommandContext, @Headers('authorization') authorization?: string) {
    return { items: await this.replays.names({ actor: context.actor, authorization }) };
  }
}
