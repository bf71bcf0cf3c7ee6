import { Controller, Get, Query } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Answers, Command, IdParam, page, Returns } from '@gongjian/http';
import { ListResidentsHandler } from './list-residents.handler';
import { ListResidentsQuery } from './list-residents.query';
import { RESIDENT } from '../../resources';

@Controller('residents')
export class ListResidentsController {
  constructor(private readonly handler: ListResidentsHandler) {}

  /** The resident volunteers of an area (admins over it, the auditor). */
  @Get()
  @Returns(page(RESIDENT))
  list(@Query() query: ListResidentsQuery, @Command() context: CommandContext) {
    return this.handler.list(query, context.actor);
  }

  /** A resident account's own record. Declared before `:id`, which would take `me`. */
  @Get('me')
  @Returns(RESIDENT)
  @Answers(404)
  me(@Command() context: CommandContext) {
    return this.handler.me(context.actor);
  }

  @Get(':id')
  @Returns(RESIDENT)
  get(@IdParam() id: string, @Command() context: CommandContext) {
    return this.handler.get(id, context.actor);
  }
}
