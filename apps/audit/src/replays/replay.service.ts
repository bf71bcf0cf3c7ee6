import { Injectable } from '@nestjs/common';
import { assertMayAudit, assertMaySwap } from '@gongjian/auth';
import { NotFound } from '@gongjian/eventing';
import type { Replay } from '@gongjian/runtime';
import { unknownReadModel } from '@gongjian/runtime';
import { type Caller, type ReadModelOwner, ReadModelOwners } from './read-model-owners';

export type { Difference, Replay, ReplayStatus } from '@gongjian/runtime';

/**
 * Replays (DESIGN §6) as the audit service runs them: it does not rebuild another service's read
 * model itself. It asks the service that owns the read model (ReadModelOwners: this process on the
 * embedded platform, the owner's `/api/v1/read-models` otherwise) to replay it into a shadow,
 * passes on the owner's progress and differences, and asks the owner to swap the shadow in (the
 * owner does it with its own consumer held: docs/ops/service-boundaries.md). Auditors and district
 * administrators start and follow replays; only a district administrator swaps one in.
 */
@Injectable()
export class ReplayService {
  /** Which owner runs which replay (asked again of every owner after a restart of this process). */
  private readonly ownerOf = new Map<string, ReadModelOwner>();

  constructor(private readonly owners: ReadModelOwners) {}

  /** The read models an auditor may replay or look at as of a time, over every owner. */
  async names(caller: Caller): Promise<string[]> {
    assertMayAudit(caller.actor);
    return (await this.owners.catalogue(caller)).map((entry) => entry.name);
  }

  /** The owner of read model `name` (404 naming the read models there are). */
  async ownerOfReadModel(name: string, caller: Caller): Promise<ReadModelOwner> {
    const catalogue = await this.owners.catalogue(caller);
    const entry = catalogue.find((e) => e.name === name);
    if (!entry)
      throw unknownReadModel(
        name,
        catalogue.map((e) => e.name),
      );
    return entry.owner;
  }

  async start(projection: string, until: string | null, caller: Caller): Promise<Replay> {
    assertMayAudit(caller.actor);
    const owner = await this.ownerOfReadModel(projection, caller);
    const replay = await owner.startReplay(projection, until, caller);
    this.ownerOf.set(replay.id, owner);
    return replay;
  }

  async get(id: string, caller: Caller): Promise<Replay> {
    assertMayAudit(caller.actor);
    return (await this.find(id, caller)).replay;
  }

  /** Newest first, over every owner. */
  async list(caller: Caller): Promise<Replay[]> {
    assertMayAudit(caller.actor);
    const lists = await Promise.all(this.owners.owners.map((owner) => owner.list(caller)));
    return lists.flat().sort((a, b) => (a.startedAt < b.startedAt ? 1 : a.startedAt > b.startedAt ? -1 : 0));
  }

  async cancel(id: string, caller: Caller): Promise<Replay> {
    assertMayAudit(caller.actor);
    const { owner } = await this.find(id, caller);
    return owner.cancel(id, caller);
  }

  async swap(id: string, caller: Caller): Promise<Replay> {
    assertMaySwap(caller.actor);
    const { owner } = await this.find(id, caller);
    return owner.swap(id, caller);
  }

  private async find(id: string, caller: Caller): Promise<{ owner: ReadModelOwner; replay: Replay }> {
    const known = this.ownerOf.get(id);
    for (const owner of known ? [known] : this.owners.owners) {
      const replay = await owner.replay(id, caller);
      if (replay) {
        this.ownerOf.set(id, owner);
        return { owner, replay };
      }
    }
    this.ownerOf.delete(id);
    throw new NotFound(`replay ${id} not found`);
  }
}
