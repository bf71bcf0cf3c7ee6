import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import type { Actor } from '@gongjian/eventing';
import type { Filter } from '@gongjian/read-models';
import { fundScope } from '../../funds.policy';
import type { AllocationDocument, FundDocument } from '../../read-models';
import { FundsReadModels } from '../../read-models';
import type { ReportQuery } from '../report.query';

/** One fund's line of the report, in fen (the resource speaks yuan). */
export interface FundReportLine {
  fundId: string;
  name: string;
  kind: FundDocument['kind'];
  ownerOrgId: string;
  ownerName: string | null;
  yearlyAmount: number;
  contributed: number;
  allocated: number;
  spent: number;
  /** what the fund's own account holds: granted and 认捐 into it, less approved allocations */
  available: number;
  /** what the fund and its budgets still hold: granted and every 认捐, less spending */
  left: number;
  /** the micro-projects and co-build projects its approved allocations fund */
  targets: number;
  /** of those, the ones completed */
  completedTargets: number;
  /** residents served (人次), summed over the completed targets that counted them */
  beneficiaries: number;
}

type Target = Pick<AllocationDocument, 'target' | 'targetId'>;
const keyOf = (t: Target) => `${t.target}:${t.targetId}`;

/**
 * 资金报表: per fund of a year — its yearly amount, 认捐, allocated, spent, left, and the residents
 * its completed micro-projects and co-build projects served — to those who read the funds.
 */
@Injectable()
export class FundReportHandler {
  constructor(
    private readonly readModels: FundsReadModels,
    private readonly directory: Directory,
  ) {}

  async execute(query: ReportQuery, actor: Actor) {
    const filters: Filter[] = [await fundScope(actor, this.directory), { year: query.year }];
    if (query.orgId) filters.push({ ownerOrgId: { $in: await this.directory.subtreeIds(query.orgId) } });
    const funds = await this.readModels.funds.find({ $and: filters }, { sort: { _id: 1 } });
    const allocations = funds.length
      ? await this.readModels.allocations.find({ fundId: { $in: funds.map((f) => f._id) }, status: 'approved' })
      : [];
    const served = await this.beneficiariesOf(allocations);
    const names = new Map<string, string | null>();
    for (const id of new Set(funds.map((f) => f.ownerOrgId)))
      names.set(id, (await this.directory.get(id))?.name ?? null);
    const items = funds.map((fund) => {
      const targets = [...new Set(allocations.filter((a) => a.fundId === fund._id).map(keyOf))];
      return this.line(fund, names.get(fund.ownerOrgId) ?? null, targets, served);
    });
    const everyTarget = [...new Set(allocations.map(keyOf))];
    return { year: query.year, orgId: query.orgId ?? null, items, totals: totalsOf(items, everyTarget, served) };
  }

  private line(fund: FundDocument, ownerName: string | null, targets: string[], served: Map<string, number | null>) {
    const completed = targets.filter((t) => served.has(t));
    return {
      fundId: fund._id,
      name: fund.name,
      kind: fund.kind,
      ownerOrgId: fund.ownerOrgId,
      ownerName,
      yearlyAmount: fund.yearlyAmount,
      contributed: fund.contributed,
      allocated: fund.allocated,
      spent: fund.spent,
      available: fund.available,
      left: fund.yearlyAmount + fund.contributed - fund.spent,
      targets: targets.length,
      completedTargets: completed.length,
      beneficiaries: completed.reduce((s, t) => s + (served.get(t) ?? 0), 0),
    } satisfies FundReportLine;
  }

  /** The completed targets (`micro_project:<id>`, `project:<id>`) and the residents each served (null: not counted). */
  private async beneficiariesOf(allocations: Target[]): Promise<Map<string, number | null>> {
    const ids = (target: string) => [...new Set(allocations.filter((a) => a.target === target).map((a) => a.targetId))];
    const [micro, projects] = await Promise.all([
      this.readModels.microProjects.find({ _id: { $in: ids('micro_project') }, status: 'completed' }),
      this.readModels.projects.find({ _id: { $in: ids('project') }, completed: true }),
    ]);
    return new Map([
      ...micro.map((p) => [`micro_project:${p._id}`, p.beneficiaries] as const),
      ...projects.map((p) => [`project:${p._id}`, p.beneficiaries] as const),
    ]);
  }
}

/**
 * The sums of the lines; beneficiaries over the distinct targets (a project funded by two funds
 * served its residents once).
 */
function totalsOf(items: FundReportLine[], targets: string[], served: Map<string, number | null>) {
  const sum = (key: keyof FundReportLine) => items.reduce((s, i) => s + (i[key] as number), 0);
  const completed = targets.filter((t) => served.has(t));
  return {
    funds: items.length,
    yearlyAmount: sum('yearlyAmount'),
    contributed: sum('contributed'),
    allocated: sum('allocated'),
    spent: sum('spent'),
    available: sum('available'),
    left: sum('left'),
    targets: targets.length,
    completedTargets: completed.length,
    beneficiaries: completed.reduce((s, t) => s + (served.get(t) ?? 0), 0),
  };
}
