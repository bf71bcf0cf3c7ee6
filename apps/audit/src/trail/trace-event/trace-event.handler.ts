import { Injectable } from '@nestjs/common';
import { assertMayAudit } from '@gongjian/auth';
import type { Actor } from '@gongjian/eventing';
import { type AuditEntry, toAuditEvent } from '../../audit-index.projection';
import { AuditNames, idsIn } from '../../names';
import { AuditReadModels } from '../../read-models';

@Injectable()
export class TraceEventHandler {
  constructor(
    private readonly readModels: AuditReadModels,
    private readonly names: AuditNames,
  ) {}

  /**
   * One event with why it happened and what it caused: the causation chain up to the request
   * that started it, and every event caused by it, in any service (the same correlation).
   */
  async execute(eventId: string, actor: Actor) {
    assertMayAudit(actor);
    const entry = await this.readModels.index.require(eventId);
    const related = await this.readModels.index.find({ correlationId: entry.correlationId }, { sort: { _id: 1 } });
    const correlation = related.map(toAuditEvent);
    return {
      ...toAuditEvent(entry),
      causedBy: causesOf(entry, related).map(toAuditEvent),
      caused: effectsOf(entry, related).map(toAuditEvent),
      correlation,
      names: await this.names.of(idsIn(correlation.map(({ data, actor }) => ({ data, actor }))), actor),
    };
  }
}

/** The events that led to `entry`, from the first (the request's) down to its direct cause. */
function causesOf(entry: AuditEntry, related: AuditEntry[]): AuditEntry[] {
  const byId = new Map(related.map((e) => [e._id, e]));
  const causedBy: AuditEntry[] = [];
  // a cycle in corrupt data must not loop: stop at an event already in the chain
  for (let at = entry.causationId ? byId.get(entry.causationId) : undefined; at;) {
    causedBy.unshift(at);
    at = at.causationId && !causedBy.some((e) => e._id === at!.causationId) ? byId.get(at.causationId) : undefined;
  }
  return causedBy;
}

/** The events `entry` caused, directly or through others, breadth first. */
function effectsOf(entry: AuditEntry, related: AuditEntry[]): AuditEntry[] {
  const caused: AuditEntry[] = [];
  const frontier = [entry._id];
  while (frontier.length > 0) {
    const parent = frontier.shift()!;
    for (const e of related) {
      if (e.causationId === parent && !caused.includes(e)) {
        caused.push(e);
        frontier.push(e._id);
      }
    }
  }
  return caused;
}
