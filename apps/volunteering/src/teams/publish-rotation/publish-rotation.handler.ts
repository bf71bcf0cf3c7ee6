import { Injectable } from '@nestjs/common';
import { assertAdminFor, Directory, requireActive } from '@gongjian/auth';
import { type CommandContext, DomainRuleViolation } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { VolunteeringReadModels } from '../../read-models';
import { ListRotationsHandler } from '../list-rotations/list-rotations.handler';
import { rotationAggregate, rotationId } from '../rotation';
import type { PublishRotationDto } from './publish-rotation.dto';

@Injectable()
export class PublishRotationHandler {
  private readonly rotations;

  constructor(
    commands: Commands,
    private readonly readModels: VolunteeringReadModels,
    private readonly directory: Directory,
    private readonly query: ListRotationsHandler,
  ) {
    this.rotations = commands.for(rotationAggregate);
  }

  /**
   * An admin over an active community or street publishes the quarter's schedule (季度轮值): every
   * grid named (by default every active grid under it) to one of its teams, loads within one.
   */
  async execute(dto: PublishRotationDto, context: CommandContext) {
    const org = await requireActive(this.directory, dto.orgId, ['community', 'street'], 'orgId');
    await assertAdminFor(context.actor, org._id, this.directory);
    await this.requireTeamsOf(org._id, dto.teamIds);
    const gridIds = await this.gridsToServe(org._id, dto.gridIds);
    await this.rotations.execute(
      rotationId(org._id, dto.quarter),
      { type: 'PublishRotation', orgId: org._id, quarter: dto.quarter, teamIds: dto.teamIds, gridIds },
      context,
    );
    return this.query.get(org._id, dto.quarter);
  }

  /** Each team must be one of the organisation's or of an organisation under it (`unknown_team`). */
  private async requireTeamsOf(orgId: string, teamIds: string[]): Promise<void> {
    for (const teamId of teamIds) {
      const team = await this.readModels.teams.get(teamId);
      if (!team || !(await this.directory.isWithin(team.orgId, orgId)))
        throw new DomainRuleViolation(`${teamId} is not a team of this organisation`, 'unknown_team', {
          field: 'teamIds',
        });
    }
  }

  /** The grids named, each an active grid under the organisation (`unknown_grid`); by default all of them. */
  private async gridsToServe(orgId: string, named: string[] | undefined): Promise<string[]> {
    const subtree = await this.directory.subtreeIds(orgId);
    const active = await this.directory.entries.find({ _id: { $in: subtree }, kind: 'grid', status: 'active' });
    const gridIds = named ?? active.map((g) => g._id);
    for (const gridId of gridIds)
      if (!active.some((g) => g._id === gridId))
        throw new DomainRuleViolation(`${gridId} is not an active grid of this organisation`, 'unknown_grid', {
          field: 'gridIds',
        });
    return gridIds;
  }
}
