import { Injectable } from '@nestjs/common';
import type { EventEnvelope } from '@gongjian/eventing';
import type { Projection } from '@gongjian/read-models';

/**
 * A process manager step: turns another service's public event into a command of this service
 * (e.g. VolunteerHoursVerified → points awarded). The bus delivers at least once, so `react` must
 * be idempotent per source event id (the receiving decider refuses a source it already has); a
 * throw makes the bus retry, then dead-letter with the reason. The commands it executes carry
 * the source event's correlation id and the source event's id as causation id.
 */
export interface Reactor {
  readonly name: string;
  readonly handles: readonly string[];
  react(event: EventEnvelope): Promise<void>;
}

/**
 * Service modules register their projections here when they are constructed; the runtime builds
 * one ProjectionRunner over all projections of the process (the whole platform embedded, or one
 * service when distributed).
 */
@Injectable()
export class ProjectionRegistry {
  readonly projections: Projection<any>[] = [];
  readonly reactors: Reactor[] = [];

  /** Reactors run on live bus deliveries only (never on rebuilds or replays). */
  registerReactor(...reactors: Reactor[]): void {
    for (const r of reactors) {
      if (this.reactors.some((q) => q.name === r.name)) throw new Error(`reactor ${r.name} registered twice`);
      this.reactors.push(r);
    }
  }

  register(...projections: Projection<any>[]): void {
    for (const p of projections) {
      if (this.projections.some((q) => q.name === p.name)) throw new Error(`projection ${p.name} registered twice`);
      this.projections.push(p);
    }
  }
}
