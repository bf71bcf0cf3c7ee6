import { Controller, Get, Query, Req } from '@nestjs/common';
import type { GongjianRequest } from '@gongjian/http';
import { ListAccountsHandler } from './list-accounts.handler';
import { ListAccountsQuery } from './list-accounts.query';

@Controller('accounts')
export class ListAccountsController {
  constructor(private readonly handler: ListAccountsHandler) {}

  /** The accounts of an organisation's subtree, with their state, for administrators over it and auditors. */
  @Get()
  list(@Query() query: ListAccountsQuery, @Req() req: GongjianRequest) {
    return this.handler.list(query, req.actor!);
  }

  /** The caller's own account. */
  @Get('me')
  me(@Req() req: GongjianRequest) {
    return this.handler.get(req.actor!.accountId);
  }
}
