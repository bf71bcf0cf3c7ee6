import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import type { EventEnvelope } from '@gongjian/eventing';
import { Runtime } from '@gongjian/runtime';

/** Folds the matching service's own events into its read models, from the bus. */
@Controller()
export class MatchingEventsController {
  constructor(private readonly runtime: Runtime) {}

  @EventPattern('matching.*')
  async onMatchingEvent(@Payload() event: EventEnvelope): Promise<void> {
    await this.runtime.runner.project(event);
  }
}
