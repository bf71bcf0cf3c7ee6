import { Controller, Get, Query, Req } from '@nestjs/common';
import type { GongjianRequest } from '@gongjian/http';
import { ListAccountsHandler } from './list-accounts.handler';
import { ListAccountsQuery } from './list-accounts.query';
import { Answers, page, Returns } from '@gongjian/http';
import { ACCOUNT } from '../../resources';

@Controller('accounts')
export class ListAccountsController {
  constructor(private readonly handler: ListAccountsHandler) {}

  /** The accounts of an organisation's subtree, with their state, for administrators over it and auditors. */
  @Get()
  @Returns(page(ACCOUNT))
  @Answers(404)
  list(@Query() query: ListAccountsQuery, @Req() req: GongjianRequest) {
    return this.handler.list(query, req.actor!);
  }

  /** The caller's own account. */
  @Get('me')
  @Returns(ACCOUNT)
  me(@Req() req: GongjianRequest) {
    return this.handler.get(req.actor!.accountId);
  }
}
