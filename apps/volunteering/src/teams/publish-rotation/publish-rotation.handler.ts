import { Injectable } from '@nestjs/common';
import { assertAdminFor, Directory, requireActive } from '@gongjian/auth';
import { type CommandContext, DomainRuleViolation } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { VolunteeringReadModels } from '../../read-models';
import { ListRotationsHandler } from '../list-rotations/list-rotations.handler';
import { quarterOf } from '../../volunteering.policy';
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
   * grid named (by default every active grid under it, unless only activities are named) and
   * every activity named to one of its teams, loads within one.
   */
  async execute(dto: PublishRotationDto, context: CommandContext) {
    const org = await requireActive(this.directory, dto.orgId, ['community', 'street'], 'orgId');
    await assertAdminFor(context.actor, org._id, this.directory);
    await this.requireTeamsOf(org._id, dto.teamIds);
    // naming only activities, a rotation serves no grid unless they are named too
    const gridIds = await this.gridsToServe(org._id, dto.gridIds ?? (dto.activityIds?.length ? [] : undefined));
    const activityIds = await this.activitiesToServe(org._id, dto.quarter, dto.activityIds ?? []);
    await this.rotations.execute(
      rotationId(org._id, dto.quarter),
      { type: 'PublishRotation', orgId: org._id, quarter: dto.quarter, teamIds: dto.teamIds, gridIds, activityIds },
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

  /** Each activity named lies under the organisation, is not cancelled, and starts in the quarter. */
  private async activitiesToServe(orgId: string, quarter: string, activityIds: string[]): Promise<string[]> {
    for (const activityId of activityIds) {
      const activity = await this.readModels.activities.get(activityId);
      if (!activity || activity.cancelled || !(await this.directory.isWithin(activity.orgId, orgId)))
        throw new DomainRuleViolation(`${activityId} is not an activity of this organisation`, 'unknown_activity', {
          field: 'activityIds',
        });
      if (quarterOf(activity.startsAt) !== quarter)
        throw new DomainRuleViolation(
          `the activity ${activityId} does not start in ${quarter}`,
          'activity_outside_quarter',
          {
            field: 'activityIds',
          },
        );
    }
    return activityIds;
  }
}
