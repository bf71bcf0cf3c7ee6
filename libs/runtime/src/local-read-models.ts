import { Inject, Injectable, Logger } from '@nestjs/common';
import { EVENT_STORE, type EventEnvelope, type EventStore } from '@gongjian/eventing';
import { DOCUMENT_STORE, type DocumentStore, ProjectionRunner, ReadModelCheckpoint } from '@gongjian/read-models';
import type { RuntimeConfig } from './config';
import { ProjectionRegistry } from './projection-registry';
import { RUNTIME_CONFIG } from './tokens';

/**
 * The read models of this process and how far they reach into its own log: one projection
 * runner over every projection registered in the process, and the checkpoint a start compares
 * with the log. Folded by the write path (read-your-writes) and by the bus consumer.
 */
@Injectable()
export class LocalReadModels {
  private readonly logger = new Logger('ReadModels');
  private runnerInstance: ProjectionRunner | null = null;
  /** How far into this process's own log its read models reach (kept in the read store). */
  readonly logCheckpoint: ReadModelCheckpoint;

  constructor(
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
    private readonly registry: ProjectionRegistry,
  ) {
    this.logCheckpoint = new ReadModelCheckpoint(documents, config.service, (error) =>
      this.logger.warn(`could not save the read models' log checkpoint: ${String(error)}`),
    );
  }

  get runner(): ProjectionRunner {
    this.runnerInstance ??= new ProjectionRunner(this.documents, this.registry.projections);
    return this.runnerInstance;
  }

  /**
   * Folds `streamId` up to `revision` straight from the event store: what makes a service read
   * its own writes when the request returns, whatever the bus does.
   */
  async catchUp(streamId: string, revision: number, last: EventEnvelope): Promise<void> {
    await this.runner.catchUp(this.store, streamId, revision);
    this.logCheckpoint.advance(last);
  }

  /** Folds one event delivered by the bus (checkpointed when it is of this process's own log). */
  async project(event: EventEnvelope): Promise<void> {
    await this.runner.project(event);
    if (this.ownsStream(event.streamId)) this.logCheckpoint.advance(event);
  }

  /** Streams of this process's own log: the platform's are all; a service's are `<service>.`. */
  ownsStream(streamId: string): boolean {
    return this.config.service === 'platform' || streamId.startsWith(`${this.config.service}.`);
  }
}
