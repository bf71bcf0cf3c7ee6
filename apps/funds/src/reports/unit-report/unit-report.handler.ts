import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import type { QuantityUnit } from '@gongjian/contracts';
import type { Actor } from '@gongjian/eventing';
import type { Filter } from '@gongjian/read-models';
import { unitReportScope } from '../../funds.policy';
import { FundsReadModels } from '../../read-models';
import { chinaYear, type ReportQuery } from '../report.query';

/** One unit's line: 认捐 in fen, and what its completed co-build projects delivered, by unit of measure. */
export interface UnitReportLine {
  unitId: string;
  unitName: string | null;
  /** 认捐 into the year's funds and their budgets, fen */
  contributed: number;
  contributions: number;
  /** co-build projects of the unit completed in the year */
  projects: number;
  /** 人·小时 */
  hours: number;
  /** 件 */
  items: number;
  /** 场次 */
  sessions: number;
  /** 场地·小时 */
  venueHours: number;
  /** money a co-build project of the unit delivered (a quantity in 元), fen */
  projectMoney: number;
}

const FIELD_OF: Record<QuantityUnit, 'hours' | 'items' | 'sessions' | 'venueHours' | 'projectMoney'> = {
  person_hours: 'hours',
  items: 'items',
  sessions: 'sessions',
  venue_hours: 'venueHours',
  yuan: 'projectMoney',
};
const QUANTITIES = ['hours', 'items', 'sessions', 'venueHours'] as const;
/** quantities may be fractional (2.5 人·小时): two decimals are kept */
const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * 单位贡献: per unit, what it gave in a year — money (认捐, from the contributions read model) and,
 * from the co-build projects it completed that year (funds' copy of matching's projects), hours,
 * goods, sessions and venue hours — to those who read funds; a unit contact its own unit's line.
 */
@Injectable()
export class UnitReportHandler {
  constructor(
    private readonly readModels: FundsReadModels,
    private readonly directory: Directory,
  ) {}

  async execute(query: ReportQuery, actor: Actor) {
    const scope = await unitReportScope(actor, this.directory);
    const contributions: Filter[] = [scope.contributions, { year: query.year }];
    const { from, to } = chinaYear(query.year);
    const projects: Filter[] = [scope.projects, { completed: true }, { completedAt: { $gte: from, $lt: to } }];
    if (query.orgId) {
      const subtree = await this.directory.subtreeIds(query.orgId);
      contributions.push({ fundOwnerOrgId: { $in: subtree } });
      projects.push({ communityId: { $in: subtree } });
    }
    const [given, completed] = await Promise.all([
      this.readModels.contributions.find({ $and: contributions }),
      this.readModels.projects.find({ $and: projects }),
    ]);
    const lines = new Map<string, UnitReportLine>();
    const lineOf = (unitId: string) => {
      let line = lines.get(unitId);
      if (!line) {
        line = {
          unitId,
          unitName: null,
          contributed: 0,
          contributions: 0,
          projects: 0,
          hours: 0,
          items: 0,
          sessions: 0,
          venueHours: 0,
          projectMoney: 0,
        };
        lines.set(unitId, line);
      }
      return line;
    };
    for (const c of given) {
      const line = lineOf(c.unitId);
      line.contributed += c.amount;
      line.contributions += 1;
    }
    for (const p of completed) {
      const line = lineOf(p.unitId);
      line.projects += 1;
      const field = FIELD_OF[p.quantity.unit];
      if (field === 'projectMoney') line.projectMoney += Math.round(p.quantity.amount * 100);
      else if (field) line[field] = round2(line[field] + p.quantity.amount);
    }
    const items = [...lines.values()].sort((a, b) => b.contributed - a.contributed || a.unitId.localeCompare(b.unitId));
    for (const line of items) line.unitName = (await this.directory.get(line.unitId))?.name ?? null;
    return { year: query.year, orgId: query.orgId ?? null, items, totals: totalsOf(items) };
  }
}

function totalsOf(items: UnitReportLine[]) {
  const sum = (key: keyof UnitReportLine) => items.reduce((s, i) => s + (i[key] as number), 0);
  return {
    units: items.length,
    contributed: sum('contributed'),
    contributions: sum('contributions'),
    projects: sum('projects'),
    ...Object.fromEntries(QUANTITIES.map((q) => [q, round2(sum(q))])),
    projectMoney: sum('projectMoney'),
  } as { units: number; contributed: number; contributions: number; projects: number; projectMoney: number } & Record<
    (typeof QUANTITIES)[number],
    number
  >;
}
