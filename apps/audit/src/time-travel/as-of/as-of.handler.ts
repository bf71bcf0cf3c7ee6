import { Injectable } from '@nestjs/common';
import { assertMayAudit } from '@gongjian/auth';
import type { EventEnvelope } from '@gongjian/eventing';
import type { Filter } from '@gongjian/read-models';
import type { Moment } from '@gongjian/runtime';
import { AuditLog, envelopeView, ours } from '../../event-log';
import type { Caller } from '../../replays/read-model-owners';
import { ReadModelOwners } from '../../replays/read-model-owners';
import { ReplayService } from '../../replays/replay.service';
import { iso } from '../../trail/range.query';
import type { AsOfQuery } from './as-of.query';

@Injectable()
export class AsOfHandler {
  constructor(
    private readonly log: AuditLog,
    private readonly owners: ReadModelOwners,
    private readonly replays: ReplayService,
  ) {}

  /**
   * Time travel: the state of one aggregate (`streamId`) or of a read model (`projection`, with
   * optional `communityId`/`unitId`/`orgId`/`status` filters) as it was at `at` (or `position`),
   * folded by the read models' owners.
   */
  async execute(query: AsOfQuery, caller: Caller) {
    assertMayAudit(caller.actor);
    // a time, or a global position of the log: the validation pipe lets through exactly one
    const moment: Moment = query.position === undefined ? { at: iso(query.at!) } : { position: query.position };
    if (query.streamId !== undefined) return this.streamAsOf(query.streamId, moment, caller);
    // the validation pipe lets through a streamId or a projection
    const projection = query.projection!;
    const owner = await this.replays.ownerOfReadModel(projection, caller);
    const filter: Filter = {};
    for (const key of ['communityId', 'unitId', 'orgId', 'status'] as const) if (query[key]) filter[key] = query[key];
    const { events, items } = await owner.asOf(projection, moment, filter, caller);
    return { ...moment, projection, events, items };
  }

  /** One stream as it was: its events up to the moment, the last of them, and the state they left. */
  private async streamAsOf(streamId: string, moment: Moment, caller: Caller) {
    const then = (e: EventEnvelope) =>
      moment.at !== undefined ? e.occurredAt <= moment.at : e.globalPosition <= moment.position;
    const events = (await this.log.readStream(streamId)).filter((e) => ours(e) && then(e));
    const { state } = await this.owners.effectsOf(events, streamId, moment, caller);
    const last = events.length > 0 ? events[events.length - 1] : null;
    return {
      ...moment,
      streamId,
      revision: last ? last.streamRevision : null,
      events: events.length,
      lastEvent: last ? envelopeView(last) : null,
      state,
    };
  }
}
