import { Injectable } from '@nestjs/common';
import { chinaDay, Directory } from '@gongjian/auth';
import type { Actor } from '@gongjian/eventing';
import { OrganizationsReadModels } from '../../read-models';

/**
 * The grids a `grid_worker` account works today (its running 网格长/网格员 terms), with the terms:
 * the home page of a grid worker's phone. Empty for every other account.
 */
@Injectable()
export class MyGridsHandler {
  constructor(
    private readonly readModels: OrganizationsReadModels,
    private readonly directory: Directory,
  ) {}

  async execute(actor: Actor) {
    const today = chinaDay();
    const gridIds = await this.directory.gridsOf(actor, today);
    const items = await Promise.all(
      gridIds.map(async (gridId) => {
        const [grid, roster] = await Promise.all([this.directory.get(gridId), this.readModels.gridRosters.get(gridId)]);
        const terms = (roster?.terms ?? [])
          .filter((t) => t.accountId === actor.accountId && t.startsOn <= today && (t.endsOn ?? today) >= today)
          .map(({ assignmentId, role, roleName, startsOn, endsOn }) => ({
            assignmentId,
            role,
            roleName,
            startsOn,
            endsOn,
          }));
        return { gridId, name: grid!.name, communityId: grid!.parentId!, terms };
      }),
    );
    return { items };
  }
}
