import { Controller, Get, Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import type { Actor, CommandContext } from '@gongjian/eventing';
import {
  array,
  boolean,
  Command,
  id,
  IdParam,
  named,
  nullable,
  object,
  Returns,
  string,
  integer,
} from '@gongjian/http';
import { fenToYuan } from '@gongjian/ledger';
import { assertReadsFund } from '../../funds.policy';
import { FundingOf } from '../../micro-projects/list-micro-projects/funding-of';
import { FundsReadModels } from '../../read-models';
import { ALLOCATION, allocationResource, yuan } from '../../resources';

/** What a co-build project (共建项目) has from the funds: its budgets, 认捐, spending, what is left. */
export const PROJECT_FUNDING = named(
  'ProjectFunding',
  object({
    projectId: id(),
    title: string(),
    communityId: id(),
    unitId: id(),
    completed: boolean(),
    beneficiaries: nullable(integer()),
    budget: yuan(),
    contributed: yuan(),
    spent: yuan(),
    left: yuan(),
    allocations: array(ALLOCATION),
  }),
);

@Injectable()
export class ProjectFundingHandler {
  constructor(
    private readonly readModels: FundsReadModels,
    private readonly directory: Directory,
    private readonly funding: FundingOf,
  ) {}

  /** Read by those who read the funds of the project's community (its admins, those above, the auditor). */
  async get(projectId: string, actor: Actor) {
    const project = await this.readModels.projects.require(projectId);
    await assertReadsFund(actor, { ownerOrgId: project.communityId }, this.directory);
    const { allocations, budget, contributed, spent } = await this.funding.totals(projectId);
    const approved = allocations.filter((a) => a.status === 'approved');
    return {
      projectId,
      title: project.title,
      communityId: project.communityId,
      unitId: project.unitId,
      completed: project.completed,
      beneficiaries: project.beneficiaries,
      budget: fenToYuan(budget),
      contributed: fenToYuan(contributed),
      spent: fenToYuan(spent),
      left: fenToYuan(budget + contributed - spent),
      allocations: [...approved, ...allocations.filter((a) => a.status !== 'approved')].map(allocationResource),
    };
  }
}

@Controller('project-funding')
export class ProjectFundingController {
  constructor(private readonly handler: ProjectFundingHandler) {}

  /** A co-build project's page: budget, 认捐, spent and left, and every allocation asked for it. */
  @Get(':projectId')
  @Returns(PROJECT_FUNDING)
  get(@IdParam('projectId') projectId: string, @Command() context: CommandContext) {
    return this.handler.get(projectId, context.actor);
  }
}
