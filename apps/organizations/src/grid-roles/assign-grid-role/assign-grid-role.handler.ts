import { Injectable } from '@nestjs/common';
import { assertAdminFor, Directory } from '@gongjian/auth';
import { type CommandContext, newId, NotFound } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { toPlaceFacts } from '../../party-organizations/party-facts';
import { OrganizationsReadModels } from '../../read-models';
import { GetGridRolesHandler } from '../get-grid-roles/get-grid-roles.handler';
import { type AccountFacts, gridRosterAggregate, type Holder } from '../grid-roster.decider';
import type { AssignGridRoleDto } from './assign-grid-role.dto';

@Injectable()
export class AssignGridRoleHandler {
  private readonly rosters;

  constructor(
    commands: Commands,
    private readonly directory: Directory,
    private readonly readModels: OrganizationsReadModels,
    private readonly query: GetGridRolesHandler,
  ) {
    this.rosters = commands.for(gridRosterAggregate);
  }

  /**
   * The admins over a grid give a term of one of its roles to a member or a resident; a 网格长's
   * or 网格员's term may name the `grid_worker` account that works the grid meanwhile.
   */
  async execute(gridId: string, dto: AssignGridRoleDto, context: CommandContext) {
    const grid = await this.directory.get(gridId);
    if (!grid || grid.kind !== 'grid') throw new NotFound(`grid ${gridId} not found`);
    await assertAdminFor(context.actor, gridId, this.directory);
    const holder: Holder = dto.memberId
      ? { kind: 'member', memberId: dto.memberId }
      : { kind: 'resident', name: dto.residentName!.trim() };
    const role = (await this.query.assignable(gridId)).find((r) => r.code === dto.role);
    const assignmentId = newId(context);
    const command = {
      type: 'AssignGridRole' as const,
      assignmentId,
      grid: toPlaceFacts(grid)!,
      role: dto.role,
      roleName: role?.name ?? null,
      holder,
      holderKnown: dto.memberId ? (await this.readModels.memberBranches.get(dto.memberId)) !== null : true,
      ...(dto.accountId ? { account: await this.account(dto.accountId), accountIdGiven: dto.accountId } : {}),
      startsOn: dto.startsOn,
      endsOn: dto.endsOn ?? null,
    };
    await this.rosters.executeWithRetry(gridId, command, context);
    return this.query.roster(gridId, context.actor);
  }

  private async account(accountId: string): Promise<AccountFacts | null> {
    const account = await this.readModels.accounts.get(accountId);
    return account && { id: account._id, role: account.role, orgId: account.orgId, disabled: account.disabled };
  }
}
