import { Controller, Get, Query } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, OptionalId, page, PageQuery, Returns } from '@gongjian/http';
import { ALLOCATION, FUND, SPENDING } from '../../resources';
import { ListFundsHandler } from './list-funds.handler';
import { ListFundsQuery } from './list-funds.query';

export class AllocationsQuery extends PageQuery {
  /** the allocations of one 微项目 or co-build project (its page lists them) */
  @OptionalId() targetId?: string;
}

export class SpendingsQuery extends PageQuery {
  /** the spending of one budget */
  @OptionalId() allocationId?: string;
}

@Controller('funds')
export class ListFundsController {
  constructor(private readonly handler: ListFundsHandler) {}

  @Get()
  @Returns(page(FUND))
  list(@Query() query: ListFundsQuery, @Command() context: CommandContext) {
    return this.handler.list(query, context.actor);
  }

  @Get(':id')
  @Returns(FUND)
  get(@IdParam() id: string, @Command() context: CommandContext) {
    return this.handler.get(id, context.actor);
  }

  /** Every allocation of the fund: its budgets, approved or not. */
  @Get(':id/allocations')
  @Returns(page(ALLOCATION))
  allocations(@IdParam() id: string, @Query() query: AllocationsQuery, @Command() context: CommandContext) {
    return this.handler.allocations(id, query, context.actor);
  }

  @Get(':id/allocations/:allocationId')
  @Returns(ALLOCATION)
  allocation(@IdParam() id: string, @IdParam('allocationId') allocationId: string, @Command() context: CommandContext) {
    return this.handler.allocation(id, allocationId, context.actor);
  }

  @Get(':id/spendings')
  @Returns(page(SPENDING))
  spendings(@IdParam() id: string, @Query() query: SpendingsQuery, @Command() context: CommandContext) {
    return this.handler.spendings(id, query, context.actor);
  }
}
