import { Injectable } from '@nestjs/common';
import { assertAdminFor, Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { VolunteeringReadModels } from '../../read-models';
import { ListTeamsHandler } from '../list-teams/list-teams.handler';
import { teamAggregate } from '../team.decider';
import type { TeamMemberDto } from './add-team-member.dto';

@Injectable()
export class AddTeamMemberHandler {
  private readonly teams;

  constructor(
    commands: Commands,
    private readonly readModels: VolunteeringReadModels,
    private readonly directory: Directory,
    private readonly query: ListTeamsHandler,
  ) {
    this.teams = commands.for(teamAggregate);
  }

  /** An admin over the team adds a registered party member (one the service knows; 422 otherwise). */
  async execute(teamId: string, dto: TeamMemberDto, context: CommandContext) {
    const team = await this.readModels.teams.require(teamId);
    await assertAdminFor(context.actor, team.orgId, this.directory);
    const known = (await this.readModels.members.get(dto.memberId)) !== null;
    await this.teams.executeWithRetry(teamId, { type: 'AddMember', memberId: dto.memberId, known }, context);
    return this.query.get(teamId, context.actor);
  }
}
