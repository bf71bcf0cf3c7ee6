import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, Returns } from '@gongjian/http';
import { StartRunDto } from './run-matching.dto';
import { RunMatchingHandler } from './run-matching.handler';
import { RUN_RESULT } from '../../resources';

@Controller('matching/runs')
export class RunMatchingController {
  constructor(private readonly handler: RunMatchingHandler) {}

  /** Starts a matching run for a community, street or district and returns its proposals. */
  @Post()
  @HttpCode(201)
  @Returns(RUN_RESULT)
  start(@Body() dto: StartRunDto, @Command() context: CommandContext) {
    return this.handler.execute(dto, context);
  }
}
