import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import { MATCHING_EVENTS } from '@gongjian/contracts';
import { causedBy, type CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { MatchingReadModels } from '../../read-models';
import { ListProjectsHandler } from '../list-projects/list-projects.handler';
import { checkParticipants } from '../participants';
import { ProjectFlow } from '../project-flow';
import { projectAggregate } from '../project.decider';
import { assertMayActForEitherSide } from '../project.policy';
import type { CompleteProjectDto } from './complete-project.dto';

@Injectable()
export class CompleteProjectHandler {
  private readonly projects;

  constructor(
    commands: Commands,
    private readonly readModels: MatchingReadModels,
    private readonly directory: Directory,
    private readonly flow: ProjectFlow,
    private readonly query: ListProjectsHandler,
  ) {
    this.projects = commands.for(projectAggregate);
  }

  /**
   * Either side completes the project in progress with its report and the members who served
   * (each checked against matching's copy of the registry); the need records the quantity as
   * served (fulfilled once all of it is).
   */
  async execute(projectId: string, dto: CompleteProjectDto, context: CommandContext) {
    const project = await this.readModels.projects.require(projectId);
    await assertMayActForEitherSide(this.directory, context.actor, project);
    const participants = await checkParticipants(
      dto.participantMemberIds ?? [],
      project,
      this.readModels.members,
      this.directory,
    );
    const { events } = await this.projects.execute(
      projectId,
      { type: 'CompleteProject', report: dto.report ?? '', participants, beneficiaries: dto.beneficiaries },
      context,
    );
    // the project flow on the bus records it too, should this process die right here: once
    const completed = events.find((e) => e.type === MATCHING_EVENTS.projectCompleted);
    const served = { projectId, needId: project.needId, quantity: project.quantity };
    await this.flow.recordServed(served, causedBy(completed, context));
    return this.query.get(projectId, context.actor);
  }
}
