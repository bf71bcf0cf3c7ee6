import { Inject, Injectable } from '@nestjs/common';
import {
  type Aggregate,
  type CommandContext,
  type CommandResult,
  ConcurrencyConflict,
  type DomainEvent,
  EVENT_STORE,
  type EventEnvelope,
  type EventStore,
  handleCommand,
  handleCommandAt,
  loadState,
  type StreamAt,
  upcast,
} from '@gongjian/eventing';
import { LocalReadModels } from './local-read-models';

/**
 * The write path of every use case (DESIGN §3): a handler sends a command to an aggregate bound
 * once — `commands.for(needAggregate).execute(needId, command, context)` — which reads the
 * stream, decides, appends at the revision it read, and folds the new events into this process's
 * read models before returning (so the caller's next query sees its write). The bus is not on
 * this path: a write succeeds while the broker is down, the relay publishes it later.
 */
@Injectable()
export class Commands {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly readModels: LocalReadModels,
  ) {}

  /** The aggregate's command handler in this process. */
  for<C, E extends DomainEvent, S>(aggregate: Aggregate<C, E, S>): AggregateCommands<C, E, S> {
    return new AggregateCommands(aggregate, this.store, this.readModels);
  }
}

/** Commands to one aggregate type: its decider and stream naming come from its definition. */
export class AggregateCommands<C, E extends DomainEvent, S> {
  constructor(
    readonly aggregate: Aggregate<C, E, S>,
    private readonly store: EventStore,
    private readonly readModels: LocalReadModels,
  ) {}

  streamId(id: string): string {
    return this.aggregate.streamId(id);
  }

  /** Read, fold, decide, append with the exact revision read, then project (handleCommand). */
  async execute(id: string, command: C, context: CommandContext): Promise<CommandResult<S>> {
    const streamId = this.aggregate.streamId(id);
    const result = await handleCommand(
      this.store,
      streamId,
      this.aggregate.decider,
      command,
      context,
      this.aggregate.schema,
    );
    return this.projected(streamId, result);
  }

  /**
   * `execute` on an instance whose state and revision the caller holds (handleCommandAt): no read
   * of the stream, so appending n events one by one costs O(n), not O(n²) (a run's parts).
   * `eventIds` derives the ids of the events, so a process manager finds its appends after a crash.
   */
  async executeAt(
    id: string,
    command: C,
    context: CommandContext,
    at: StreamAt<S>,
    eventIds?: (index: number) => string,
  ): Promise<CommandResult<S>> {
    const streamId = this.aggregate.streamId(id);
    const result = await handleCommandAt(
      this.store,
      streamId,
      this.aggregate.decider,
      command,
      context,
      at,
      eventIds,
      this.aggregate.schema,
    );
    return this.projected(streamId, result);
  }

  /**
   * `execute`, deciding again on the new state when another writer appended first (unless the
   * caller pinned a version with If-Match): for commands whose decision holds on any state, or
   * that the decider refuses cleanly when it no longer does. `retries`: races to lose before the
   * conflict (409) goes to the caller.
   */
  async executeWithRetry(id: string, command: C, context: CommandContext, retries = 100): Promise<CommandResult<S>> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.execute(id, command, context);
      } catch (error) {
        if (!(error instanceof ConcurrencyConflict) || context.expectedVersion !== undefined || attempt >= retries)
          throw error;
      }
    }
  }

  /** The instance's state and revision as its stream holds them now (revision -1: no stream). */
  load(id: string): Promise<StreamAt<S>> {
    return loadState(this.store, this.aggregate.streamId(id), this.aggregate.decider, this.aggregate.schema?.upcasters);
  }

  /**
   * The instance's events as its stream holds them (upcast), oldest first: for a process manager
   * whose own stream records what it was decided on (a matching run's inputs), which its state
   * does not keep. A use case reads state (`load`) or read models, not events.
   */
  async events(id: string): Promise<EventEnvelope[]> {
    const stored = await this.store.readStream(this.aggregate.streamId(id));
    const upcasters = this.aggregate.schema?.upcasters;
    return upcasters ? stored.map((event) => upcast(event, upcasters)) : stored;
  }

  private async projected(streamId: string, result: CommandResult<S>): Promise<CommandResult<S>> {
    if (result.events.length > 0)
      await this.readModels.catchUp(streamId, result.version, result.events[result.events.length - 1]);
    return result;
  }
}
