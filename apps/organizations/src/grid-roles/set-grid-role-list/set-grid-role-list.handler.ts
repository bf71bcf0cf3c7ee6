import { Injectable } from '@nestjs/common';
import { assertAdminFor, Directory } from '@gongjian/auth';
import { type CommandContext, NotFound } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { placeFacts } from '../../party-organizations/party-facts';
import { GetGridRolesHandler } from '../get-grid-roles/get-grid-roles.handler';
import { gridRoleListAggregate } from '../grid-role-list.decider';
import type { SetGridRoleListDto } from './set-grid-role-list.dto';

@Injectable()
export class SetGridRoleListHandler {
  private readonly lists;

  constructor(
    commands: Commands,
    private readonly directory: Directory,
    private readonly query: GetGridRolesHandler,
  ) {
    this.lists = commands.for(gridRoleListAggregate);
  }

  /** The district's admins set the roles its grids fill (十员), in the order they are shown. */
  async execute(districtId: string, dto: SetGridRoleListDto, context: CommandContext) {
    const district = await placeFacts(this.directory, districtId);
    if (!district) throw new NotFound(`organisation ${districtId} not found`);
    await assertAdminFor(context.actor, districtId, this.directory);
    const roles = dto.roles.map(({ code, name }) => ({ code, name: name.trim() }));
    await this.lists.executeWithRetry(districtId, { type: 'SetGridRoleList', districtId, district, roles }, context);
    return this.query.roleList(districtId);
  }
}
