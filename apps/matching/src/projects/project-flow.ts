import { Inject, Injectable, Logger } from '@nestjs/common';
import { MATCHING_EVENTS, type ProjectCompletedV1 } from '@gongjian/contracts';
import {
  causedBy,
  type CommandContext,
  type EventEnvelope,
  InvalidStateTransition,
  NotFound,
} from '@gongjian/eventing';
import { DOCUMENT_STORE, type DocumentStore, defaultDocumentId } from '@gongjian/read-models';
import { ProjectionRegistry, type Reactor, Runtime } from '@gongjian/runtime';
import { needDecider, needStreamId } from '../needs/need.decider';
import { NEEDS_COLLECTION, type NeedDocument } from '../needs/needs.projection';
import { PROPOSALS_COLLECTION, type ProposalDocument } from '../proposals/proposals.projection';
import { type ProjectCreated, projectDecider, projectStreamId } from './project.decider';

/**
 * The project of an accepted proposal, created once however many times this is called (the
 * acceptance request and the project flow on the bus both call it; whichever comes second finds
 * the project there).
 */
export async function createProjectOnce(
  runtime: Runtime,
  documents: DocumentStore,
  proposal: ProposalDocument,
  projectId: string,
  ctx: CommandContext,
): Promise<void> {
  const need = await documents.collection<NeedDocument>(NEEDS_COLLECTION).get(proposal.needId);
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
    await runtime.executeWithRetry(projectStreamId(projectId), projectDecider, { type: 'CreateProject', project }, ctx);
  } catch (error) {
    // the decider refuses a second creation: the other caller created it
    if (!(error instanceof InvalidStateTransition)) throw error;
  }
}

/**
 * The steps after a decision that must happen even if the process dies right after it (a
 * process manager on the bus, so at least once after a crash too): an accepted proposal gets its
 * project, a completed project records its quantity as served on the need. The requests do both
 * at once as well; each step is idempotent, so the second one appends nothing.
 */
@Injectable()
export class ProjectFlow implements Reactor {
  readonly name = 'matching.project-flow';
  readonly handles = ['matching.ProposalAccepted', MATCHING_EVENTS.projectCompleted];
  private readonly logger = new Logger('ProjectFlow');

  constructor(
    private readonly runtime: Runtime,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
    registry: ProjectionRegistry,
  ) {
    registry.registerReactor(this);
  }

  async react(event: EventEnvelope): Promise<void> {
    // the step belongs to the decision: the same actor, correlation and causation (the deciding
    // event) as when the request takes it, so the log reads the same whichever takes it first
    const ctx = causedBy(event);
    if (event.type === 'matching.ProposalAccepted') {
      const proposalId = defaultDocumentId(event);
      const proposal = await this.documents.collection<ProposalDocument>(PROPOSALS_COLLECTION).get(proposalId);
      if (!proposal) throw new Error(`accepted proposal ${proposalId} is not in the read model yet`);
      const { projectId } = event.data as { projectId: string };
      await createProjectOnce(this.runtime, this.documents, proposal, projectId, ctx);
      return;
    }
    const completed = event.data as ProjectCompletedV1;
    try {
      await this.runtime.executeWithRetry(
        needStreamId(completed.needId),
        needDecider,
        { type: 'RecordNeedServed', projectId: completed.projectId, quantity: completed.quantity },
        ctx,
      );
    } catch (error) {
      // no such need: nothing to record, and retrying will not make one
      if (!(error instanceof NotFound)) throw error;
      this.logger.warn(`${event.type} ${event.eventId} names unknown need ${completed.needId}: not recorded`);
    }
  }
}
