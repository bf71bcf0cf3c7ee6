import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { MatchingReadModels } from '../../read-models';
import { ListProjectsHandler } from '../list-projects/list-projects.handler';
import { projectAggregate } from '../project.decider';
import { assertMayActForEitherSide } from '../project.policy';

@Injectable()
export class StartProjectHandler {
  private readonly projects;

  constructor(
    commands: Commands,
    private readonly readModels: MatchingReadModels,
    private readonly directory: Directory,
    private readonly query: ListProjectsHandler,
  ) {
    this.projects = commands.for(projectAggregate);
  }

  /** Either side starts the work on a planned project: the unit (contact) or the community (admin). */
  async execute(projectId: string, context: CommandContext) {
    const project = await this.readModels.projects.require(projectId);
    await assertMayActForEitherSide(this.directory, context.actor, project);
    await this.projects.execute(projectId, { type: 'StartProject' }, context);
    return this.query.get(projectId, context.actor);
  }
}
