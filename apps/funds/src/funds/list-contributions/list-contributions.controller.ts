import { Controller, Get, Injectable, Query } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import type { Actor, CommandContext } from '@gongjian/eventing';
import { Command, Optional, OptionalId, page, PageQuery, paginate, Returns } from '@gongjian/http';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import type { Filter } from '@gongjian/read-models';
import { contributionScope } from '../../funds.policy';
import { FundsReadModels } from '../../read-models';
import { CONTRIBUTION, contributionResource } from '../../resources';

export class ListContributionsQuery extends PageQuery {
  @OptionalId() unitId?: string;
  @OptionalId() fundId?: string;
  @OptionalId() allocationId?: string;
  @Optional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year?: number;
}

/** 认捐 records: a unit contact reads its own unit's, admins those of the funds of their area. */
@Injectable()
export class ListContributionsHandler {
  constructor(
    private readonly readModels: FundsReadModels,
    private readonly directory: Directory,
  ) {}

  async list(query: ListContributionsQuery, actor: Actor) {
    const filter: Filter[] = [await contributionScope(actor, this.directory)];
    if (query.unitId) filter.push({ unitId: query.unitId });
    if (query.fundId) filter.push({ fundId: query.fundId });
    if (query.allocationId) filter.push({ allocationId: query.allocationId });
    if (query.year) filter.push({ year: query.year });
    const result = await paginate(this.readModels.contributions, { $and: filter }, query);
    return { ...result, items: result.items.map(contributionResource) };
  }
}

@Controller('funds/contributions')
export class ListContributionsController {
  constructor(private readonly handler: ListContributionsHandler) {}

  @Get()
  @Returns(page(CONTRIBUTION))
  list(@Query() query: ListContributionsQuery, @Command() context: CommandContext) {
    return this.handler.list(query, context.actor);
  }
}
