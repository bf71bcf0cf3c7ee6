import { Controller, Get, Query } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, page, Returns } from '@gongjian/http';
import { ListMembersHandler } from './list-members.handler';
import { ListMembersQuery } from './list-members.query';
import { MEMBER } from '../../resources';

@Controller('members')
export class ListMembersController {
  constructor(private readonly handler: ListMembersHandler) {}

  /** The members under an organisation, newest first; without a filter, the caller's own subtree. */
  @Get()
  @Returns(page(MEMBER))
  list(@Query() query: ListMembersQuery, @Command() context: CommandContext) {
    return this.handler.execute(query, context);
  }
}
