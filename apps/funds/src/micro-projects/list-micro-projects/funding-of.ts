import { Injectable } from '@nestjs/common';
import { FundsReadModels } from '../../read-models';
import { microProjectResource } from '../../resources';

/** What a 微项目 or co-build project has from the funds: approved budgets, 认捐 into them, spending. */
@Injectable()
export class FundingOf {
  constructor(private readonly readModels: FundsReadModels) {}

  async totals(targetId: string) {
    const allocations = await this.readModels.allocations.find({ targetId, status: 'approved' });
    return {
      allocations,
      budget: allocations.reduce((s, a) => s + a.amount, 0),
      contributed: allocations.reduce((s, a) => s + a.contributed, 0),
      spent: allocations.reduce((s, a) => s + a.spent, 0),
    };
  }

  async microProject(id: string) {
    const project = await this.readModels.microProjects.require(id);
    return microProjectResource(project, await this.totals(id));
  }
}
