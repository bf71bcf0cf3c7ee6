import { Injectable } from '@nestjs/common';
import { type AllocationDocument, FundsReadModels } from '../../read-models';
import { microProjectResource } from '../../resources';

export interface Funding {
  /** every allocation asked for the target, approved or not */
  allocations: AllocationDocument[];
  /** fen: approved budgets, 认捐 into them, spending from them */
  budget: number;
  contributed: number;
  spent: number;
}

/** A target's figures from its allocations: only approved ones hold money. */
function fundingOf(allocations: AllocationDocument[]): Funding {
  const approved = allocations.filter((a) => a.status === 'approved');
  return {
    allocations,
    budget: approved.reduce((s, a) => s + a.amount, 0),
    contributed: approved.reduce((s, a) => s + a.contributed, 0),
    spent: approved.reduce((s, a) => s + a.spent, 0),
  };
}

/** What a 微项目 or co-build project has from the funds: approved budgets, 认捐 into them, spending. */
@Injectable()
export class FundingOf {
  constructor(private readonly readModels: FundsReadModels) {}

  /** The funding of each target, in one read of the allocations (a page of micro-projects, one project). */
  async of(targetIds: string[]): Promise<Map<string, Funding>> {
    const allocations = targetIds.length
      ? await this.readModels.allocations.find({ targetId: { $in: targetIds } })
      : [];
    return new Map(targetIds.map((id) => [id, fundingOf(allocations.filter((a) => a.targetId === id))]));
  }

  async totals(targetId: string): Promise<Funding> {
    return (await this.of([targetId])).get(targetId)!;
  }

  async microProject(id: string) {
    const project = await this.readModels.microProjects.require(id);
    return microProjectResource(project, await this.totals(id));
  }
}
