import { Controller, Get, Injectable, Query } from '@nestjs/common';
import { IsIn } from 'class-validator';
import { Directory } from '@gongjian/auth';
import type { Actor, CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Optional, OptionalId, page, PageQuery, paginate, Returns } from '@gongjian/http';
import type { Filter } from '@gongjian/read-models';
import { assertReadsFund, fundScope } from '../../funds.policy';
import { FundsReadModels } from '../../read-models';
import { MICRO_PROJECT, microProjectResource } from '../../resources';
import { MICRO_PROJECT_STATUS_CODES, type MicroProjectStatus } from '../micro-project.decider';
import { FundingOf } from './funding-of';

export class ListMicroProjectsQuery extends PageQuery {
  /** the micro-projects of this organisation's whole subtree */
  @OptionalId() orgId?: string;
  @Optional() @IsIn(MICRO_PROJECT_STATUS_CODES) status?: MicroProjectStatus;
}

/** 微项目 with their money: to the admins of their area (and above) and the auditor. */
@Injectable()
export class ListMicroProjectsHandler {
  constructor(
    private readonly readModels: FundsReadModels,
    private readonly directory: Directory,
    private readonly funding: FundingOf,
  ) {}

  async list(query: ListMicroProjectsQuery, actor: Actor) {
    const filter: Filter[] = [await fundScope(actor, this.directory, 'orgId')];
    if (query.orgId) filter.push({ orgId: { $in: await this.directory.subtreeIds(query.orgId) } });
    if (query.status) filter.push({ status: query.status });
    const result = await paginate(this.readModels.microProjects, { $and: filter }, query);
    const funding = await this.funding.of(result.items.map((p) => p._id));
    const items = result.items.map((p) => microProjectResource(p, funding.get(p._id)!));
    return { ...result, items };
  }

  async get(id: string, actor: Actor) {
    const project = await this.readModels.microProjects.require(id);
    await assertReadsFund(actor, { ownerOrgId: project.orgId }, this.directory);
    return this.funding.microProject(id);
  }
}

@Controller('micro-projects')
export class ListMicroProjectsController {
  constructor(private readonly handler: ListMicroProjectsHandler) {}

  @Get()
  @Returns(page(MICRO_PROJECT))
  list(@Query() query: ListMicroProjectsQuery, @Command() context: CommandContext) {
    return this.handler.list(query, context.actor);
  }

  @Get(':id')
  @Returns(MICRO_PROJECT)
  get(@IdParam() id: string, @Command() context: CommandContext) {
    return this.handler.get(id, context.actor);
  }
}
