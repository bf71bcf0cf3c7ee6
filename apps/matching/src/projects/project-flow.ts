import { Injectable, Logger } from '@nestjs/common';
import { MATCHING_EVENTS, type ProjectCompletedV1 } from '@gongjian/contracts';
import {
  causedBy,
  type CommandContext,
  type EventEnvelope,
  InvalidStateTransition,
  NotFound,
} from '@gongjian/eventing';
import { defaultDocumentId } from '@gongjian/read-models';
import { Commands, ProjectionRegistry, type Reactor } from '@gongjian/runtime';
import { needAggregate } from '../needs/need.decider';
import type { ProposalDocument } from '../proposals/proposals.projection';
import { MatchingReadModels } from '../read-models';
import { projectAggregate, type ProjectCreated } from './project.decider';

/**
 * The steps after a decision that must happen even if the process dies right after it (a
 * process manager on the bus, so at least once after a crash too): an accepted proposal gets its
 * project, a completed project records its quantity as served on the need. The requests do both
 * at once as well (through the methods below); each step is idempotent, so the second one appends
 * nothing.
 */
@Injectable()
export class ProjectFlow implements Reactor {
  readonly name = 'matching.project-flow';
  readonly handles = ['matching.ProposalAccepted', MATCHING_EVENTS.projectCompleted];
  private readonly logger = new Logger('ProjectFlow');
  private readonly projects;
  private readonly needs;

  constructor(
    commands: Commands,
    private readonly readModels: MatchingReadModels,
    registry: ProjectionRegistry,
  ) {
    this.projects = commands.for(projectAggregate);
    this.needs = commands.for(needAggregate);
    registry.registerReactor(this);
  }

  async react(event: EventEnvelope): Promise<void> {
    // the step belongs to the decision: the same actor, correlation and causation (the deciding
    // event) as when the request takes it, so the log reads the same whichever takes it first
    const context = causedBy(event);
    if (event.type === 'matching.ProposalAccepted') {
      const proposalId = defaultDocumentId(event);
      const proposal = await this.readModels.proposals.get(proposalId);
      if (!proposal) throw new Error(`accepted proposal ${proposalId} is not in the read model yet`);
      const { projectId } = event.data as { projectId: string };
      await this.createProjectOnce(proposal, projectId, context);
      return;
    }
    const completed = event.data as ProjectCompletedV1;
    try {
      await this.recordServed(completed, context);
    } catch (error) {
      // no such need: nothing to record, and retrying will not make one
      if (!(error instanceof NotFound)) throw error;
      this.logger.warn(`${event.type} ${event.eventId} names unknown need ${completed.needId}: not recorded`);
    }
  }

  /**
   * The project of an accepted proposal, created once however many times this is called (the
   * acceptance request and this flow both call it; whichever comes second finds the project there).
   */
  async createProjectOnce(proposal: ProposalDocument, projectId: string, context: CommandContext): Promise<void> {
    const need = await this.readModels.needs.get(proposal.needId);
    const project: ProjectCreated = {
      projectId,
      proposalId: proposal._id,
      needId: proposal.needId,
      offerId: proposal.offerId,
      communityId: proposal.communityId,
      unitId: proposal.unitId,
      title: need?.title ?? '',
      quantity: proposal.quantity,
    };
    try {
      await this.projects.executeWithRetry(projectId, { type: 'CreateProject', project }, context);
    } catch (error) {
      // the decider refuses a second creation: the other caller created it
      if (!(error instanceof InvalidStateTransition)) throw error;
    }
  }

  /** The completed project's quantity, served on its need — once, whoever records it first. */
  recordServed(project: Pick<ProjectCreated, 'projectId' | 'needId' | 'quantity'>, context: CommandContext) {
    return this.needs.executeWithRetry(
      project.needId,
      { type: 'RecordNeedServed', projectId: project.projectId, quantity: project.quantity },
      context,
    );
  }
}
