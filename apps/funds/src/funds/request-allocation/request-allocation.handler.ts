import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import { type CommandContext, DomainRuleViolation, newId } from '@gongjian/eventing';
import { yuanToFen } from '@gongjian/ledger';
import { Commands } from '@gongjian/runtime';
import { assertRequestsAllocation } from '../../funds.policy';
import { FundsReadModels } from '../../read-models';
import { allocationResource } from '../../resources';
import { fundAggregate } from '../fund.decider';
import type { RequestAllocationDto } from './request-allocation.dto';

@Injectable()
export class RequestAllocationHandler {
  private readonly funds;

  constructor(
    commands: Commands,
    private readonly directory: Directory,
    private readonly readModels: FundsReadModels,
  ) {
    this.funds = commands.for(fundAggregate);
  }

  /**
   * Asks a fund for a budget for a 微项目 or a co-build project of its area; the owner's admin
   * approves it (the money moves then) or rejects it.
   */
  async execute(fundId: string, dto: RequestAllocationDto, context: CommandContext) {
    const fund = await this.readModels.funds.require(fundId);
    const targetOrgId = await this.targetOrg(dto);
    await assertRequestsAllocation(context.actor, fund, targetOrgId, this.directory);
    const amount = yuanToFen(dto.amount);
    if (amount === 0) throw new DomainRuleViolation('an allocation moves money', 'invalid_amount', { field: 'amount' });
    const allocationId = newId(context);
    const allocation = {
      allocationId,
      target: dto.target,
      targetId: dto.targetId,
      targetOrgId,
      amount,
      purpose: dto.purpose.trim(),
    };
    await this.funds.execute(fundId, { type: 'RequestAllocation', allocation }, context);
    return allocationResource(await this.readModels.allocations.require(allocationId));
  }

  /** The organisation that runs the target: a micro-project's, or a co-build project's community. */
  private async targetOrg(dto: RequestAllocationDto): Promise<string> {
    if (dto.target === 'micro_project') {
      const project = await this.readModels.microProjects.get(dto.targetId);
      if (!project)
        throw new DomainRuleViolation(`${dto.targetId} is not a known micro-project`, 'unknown_micro_project', {
          field: 'targetId',
        });
      if (project.status !== 'proposed')
        throw new DomainRuleViolation(`the micro-project is ${project.status}`, 'micro_project_closed', {
          field: 'targetId',
        });
      return project.orgId;
    }
    const project = await this.readModels.projects.get(dto.targetId);
    if (!project)
      throw new DomainRuleViolation(`${dto.targetId} is not a known co-build project`, 'unknown_project', {
        field: 'targetId',
      });
    return project.communityId;
  }
}
