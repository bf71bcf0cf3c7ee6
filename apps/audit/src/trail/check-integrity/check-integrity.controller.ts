import { Controller, Get, Query } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, Returns } from '@gongjian/http';
import { CheckIntegrityHandler } from './check-integrity.handler';
import { IntegrityQuery } from './check-integrity.query';
import { INTEGRITY } from '../../resources';

@Controller('audit')
export class CheckIntegrityController {
  constructor(private readonly handler: CheckIntegrityHandler) {}

  /** Walks the hash chains of every stream (or one) and names each break by stream and revision. */
  @Get('integrity')
  @Returns(INTEGRITY)
  integrity(@Query() query: IntegrityQuery, @Command() context: CommandContext) {
    return this.handler.execute(query, context.actor);
  }
}
