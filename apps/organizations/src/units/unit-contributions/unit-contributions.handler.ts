import { Injectable } from '@nestjs/common';
import { type PageQuery, paginate } from '@gongjian/http';
import { OrganizationsReadModels } from '../../read-models';
import { summarise } from '../contributions.projection';
import { ListUnitsHandler } from '../list-units/list-units.handler';

/** 共建贡献: a unit's completed projects (from matching's public events), the input of its yearly rating. */
@Injectable()
export class UnitContributionsHandler {
  constructor(
    private readonly readModels: OrganizationsReadModels,
    private readonly units: ListUnitsHandler,
  ) {}

  /** A page of the record, and totals over all of it. */
  async contributions(unitId: string, query: PageQuery) {
    await this.units.get(unitId);
    const { contributions } = this.readModels;
    const page = await paginate(contributions, { unitId }, query);
    const all = await contributions.find({ unitId });
    return {
      unitId,
      totals: summarise(all),
      items: page.items.map(({ _id, version, ...rest }) => ({ ...rest, version })),
      nextCursor: page.nextCursor,
      total: page.total,
    };
  }
}
