import type { CommandContext, Decider, DomainEvent } from '@gongjian/eventing';
import type { Runtime } from '@gongjian/runtime';

/**
 * Runs a command, deciding again on the new state when another writer appended to the stream
 * first (unless the caller pinned a version with If-Match). Slots are then filled exactly: the
 * losers of a race see the new count and either take a remaining place or get 422.
 */
export function executeWithRetry<C, E extends DomainEvent, S>(
  runtime: Runtime,
  streamId: string,
  decider: Decider<C, E, S>,
  command: C,
  ctx: CommandContext,
) {
  return runtime.executeWithRetry(streamId, decider, command, ctx);
}
