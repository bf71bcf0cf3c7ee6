import { Injectable } from '@nestjs/common';
import { assertMayAudit } from '@gongjian/auth';
import { type Actor, ChainVerifier, type EventEnvelope } from '@gongjian/eventing';
import { AuditLog, ours } from '../../event-log';
import { AuditNames, idsIn } from '../../names';
import { AuditReadModels } from '../../read-models';

/** What each event of a spending's trace is to it, in the order the fund's book recorded them. */
export const TRACE_STEPS = {
  'funds.FundOpened': 'fund_opened',
  'funds.AllocationRequested': 'allocation_requested',
  'funds.AllocationApproved': 'allocation_approved',
  'funds.ContributionRecorded': 'contribution',
  'funds.SpendingRecorded': 'spending',
  'funds.SpendingReversed': 'reversal',
} as const;
export type TraceStep = (typeof TRACE_STEPS)[keyof typeof TRACE_STEPS];
export const TRACE_STEP_CODES = Object.values(TRACE_STEPS);

/**
 * Whether `event` of the fund's stream belongs to the trace of the spending: the fund's opening,
 * its allocation's request and approval, the 认捐 into that budget, the spending and its reversal.
 */
function belongs(event: EventEnvelope, spendingId: string, allocationId: string): boolean {
  const data = event.data as { allocationId?: string | null; spendingId?: string };
  switch (event.type) {
    case 'funds.FundOpened':
      return true;
    case 'funds.AllocationRequested':
    case 'funds.AllocationApproved':
    case 'funds.ContributionRecorded':
      return data.allocationId === allocationId;
    case 'funds.SpendingRecorded':
    case 'funds.SpendingReversed':
      return data.spendingId === spendingId;
    default:
      return false;
  }
}

/**
 * A spending traced back to its fund (issue 19): from the log itself, the fund's opening, the
 * request and approval of the allocation it spends, the 认捐 into that budget, the spending with
 * its receipt's hash and any reversal — each with who acted (and their username, where the audit
 * service knows the account), when, its place in the log, its hash, and whether the fund's hash
 * chain verifies up to it.
 */
@Injectable()
export class TraceSpendingHandler {
  constructor(
    private readonly log: AuditLog,
    private readonly readModels: AuditReadModels,
    private readonly names: AuditNames,
  ) {}

  async execute(spendingId: string, actor: Actor) {
    assertMayAudit(actor);
    const trail = await this.readModels.spendings.require(spendingId);
    const events = await this.log.readStream(trail.streamId);
    const verifier = new ChainVerifier();
    events.forEach((e) => verifier.verify(e));
    const firstBreak = Math.min(...verifier.breaks.map((b) => b.streamRevision), Number.POSITIVE_INFINITY);
    const traced = events.filter((e) => ours(e) && belongs(e, spendingId, trail.allocationId));
    const accounts = await this.accountsOf(traced.map((e) => e.actor.accountId));
    const steps = traced.map((e) => ({
      step: TRACE_STEPS[e.type as keyof typeof TRACE_STEPS],
      eventId: e.eventId,
      type: e.type,
      at: e.occurredAt,
      actor: { ...e.actor, ...(accounts.get(e.actor.accountId) ?? { username: null, displayName: null }) },
      streamRevision: e.streamRevision,
      globalPosition: e.globalPosition,
      correlationId: e.correlationId,
      causationId: e.causationId,
      prevHash: e.prevHash,
      hash: e.hash,
      /** the fund's chain holds from its first event up to this one */
      chainVerified: e.streamRevision < firstBreak,
      data: e.data,
    }));
    return {
      spendingId,
      fundId: trail.fundId,
      allocationId: trail.allocationId,
      streamId: trail.streamId,
      reversed: trail.reversedEventId !== null,
      chain: { intact: verifier.breaks.length === 0, checkedEvents: verifier.checked, breaks: verifier.breaks },
      steps,
      names: await this.names.of(idsIn(steps.map(({ data }) => data)), actor),
    };
  }

  /**
   * The accounts behind the actors: an account's stream is `organizations.account-<username>`
   * and its id is its username, so the audit service knows the username (and the display name its
   * creation gave) of every account whose stream it folded; a system actor has none.
   */
  private async accountsOf(accountIds: string[]) {
    const known = new Map<string, { username: string; displayName: string | null }>();
    const ids = [...new Set(accountIds)];
    const streams = await this.readModels.streams.find({
      _id: { $in: ids.map((id) => `organizations.account-${id}`) },
    });
    for (const s of streams) known.set(s.subjectId, { username: s.subjectId, displayName: s.label });
    return known;
  }
}
