import { Injectable } from '@nestjs/common';
import { assertMayAudit } from '@gongjian/auth';
import { ChainVerifier, NotFound } from '@gongjian/eventing';
import { AuditLog, envelopeView, ours } from '../../event-log';
import { AuditNames, idsIn } from '../../names';
import { type Caller, ReadModelOwners } from '../../replays/read-model-owners';

@Injectable()
export class StreamHistoryHandler {
  constructor(
    private readonly log: AuditLog,
    private readonly owners: ReadModelOwners,
    private readonly names: AuditNames,
  ) {}

  /**
   * The full history of one need, member, project…: oldest first, each event with its effect on
   * the read models (asked of their owners), whether the stream's hash chain holds, and its state;
   * `names`: the name behind each id its events, effects and actors name, as the reader may see it.
   */
  async execute(streamId: string, caller: Caller) {
    assertMayAudit(caller.actor);
    const read = await this.log.readStream(streamId);
    // a record gongjian did not write is a break of the chain, not an event of the history
    const events = read.filter(ours);
    if (events.length === 0) throw new NotFound(`stream ${streamId} not found`);
    const { effects, state } = await this.owners.effectsOf(events, streamId, undefined, caller);
    const verifier = new ChainVerifier();
    read.forEach((e) => verifier.verify(e));
    const views = events.map((e, i) => ({ ...envelopeView(e), effects: effects[i] }));
    const ids = idsIn(views.map(({ data, effects: effectsOf, actor }) => ({ data, effectsOf, actor })));
    return {
      streamId,
      revision: events[events.length - 1].streamRevision,
      chain: { intact: verifier.breaks.length === 0, breaks: verifier.breaks },
      events: views,
      state,
      names: await this.names.of(ids, caller.actor),
    };
  }
}
