import { Injectable } from '@nestjs/common';
import { assertAdminFor, Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { MatchingReadModels } from '../../read-models';
import { ListProjectsHandler } from '../list-projects/list-projects.handler';
import { projectAggregate } from '../project.decider';
import type { EvaluateProjectDto } from './evaluate-project.dto';

@Injectable()
export class EvaluateProjectHandler {
  private readonly projects;

  constructor(
    commands: Commands,
    private readonly readModels: MatchingReadModels,
    private readonly directory: Directory,
    private readonly query: ListProjectsHandler,
  ) {
    this.projects = commands.for(projectAggregate);
  }

  /**
   * Residents' evaluation (1–5), recorded by an admin over the project's community (the community
   * side speaks for the residents); only on a completed project, and once (a second one is 409).
   */
  async execute(projectId: string, dto: EvaluateProjectDto, context: CommandContext) {
    const project = await this.readModels.projects.require(projectId);
    await assertAdminFor(context.actor, project.communityId, this.directory);
    await this.projects.execute(
      projectId,
      { type: 'EvaluateProject', score: dto.score, comment: dto.comment ?? '' },
      context,
    );
    return this.query.get(projectId, context.actor);
  }
}
