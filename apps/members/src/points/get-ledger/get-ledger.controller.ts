import { Controller, Get, Query } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, PageQuery, Returns } from '@gongjian/http';
import { GetLedgerHandler } from './get-ledger.handler';
import { LEDGER } from '../../resources';

@Controller('members')
export class GetLedgerController {
  constructor(private readonly handler: GetLedgerHandler) {}

  /** The member's points ledger, newest first, each entry with its source event. */
  @Get(':id/points')
  @Returns(LEDGER)
  ledger(@IdParam() id: string, @Query() query: PageQuery, @Command() context: CommandContext) {
    return this.handler.execute(id, query, context);
  }
}
