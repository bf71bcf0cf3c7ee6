import { Injectable } from '@nestjs/common';
import { assertAdminFor, Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { VolunteeringReadModels } from '../../read-models';
import { ListTeamsHandler } from '../list-teams/list-teams.handler';
import { teamAggregate } from '../team.decider';

@Injectable()
export class RemoveTeamMemberHandler {
  private readonly teams;

  constructor(
    commands: Commands,
    private readonly readModels: VolunteeringReadModels,
    private readonly directory: Directory,
    private readonly query: ListTeamsHandler,
  ) {
    this.teams = commands.for(teamAggregate);
  }

  /** An admin over the team takes a member off its roster (409 when not on it). */
  async execute(teamId: string, memberId: string, context: CommandContext) {
    const team = await this.readModels.teams.require(teamId);
    await assertAdminFor(context.actor, team.orgId, this.directory);
    await this.teams.executeWithRetry(teamId, { type: 'RemoveMember', memberId }, context);
    return this.query.get(teamId, context.actor);
  }
}
