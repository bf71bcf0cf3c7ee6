import { Injectable } from '@nestjs/common';
import { assertAdminFor, Directory, requireActive } from '@gongjian/auth';
import { type CommandContext, newId } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { ListTeamsHandler } from '../list-teams/list-teams.handler';
import { teamAggregate } from '../team.decider';
import type { FormTeamDto } from './form-team.dto';

@Injectable()
export class FormTeamHandler {
  private readonly teams;

  constructor(
    commands: Commands,
    private readonly directory: Directory,
    private readonly query: ListTeamsHandler,
  ) {
    this.teams = commands.for(teamAggregate);
  }

  /** An admin over an active community or street forms a 志愿服务队 under it, with no members yet. */
  async execute(dto: FormTeamDto, context: CommandContext) {
    const org = await requireActive(this.directory, dto.orgId, ['community', 'street'], 'orgId');
    await assertAdminFor(context.actor, org._id, this.directory);
    const teamId = newId(context);
    await this.teams.execute(teamId, { type: 'FormTeam', teamId, orgId: org._id, name: dto.name.trim() }, context);
    return this.query.get(teamId, context.actor);
  }
}
