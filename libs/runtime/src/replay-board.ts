import type { DocumentStore, ReadModelDocument } from '@gongjian/read-models';
import { JobBoard } from './job-board';
import type { Replay } from './read-models';
import type { SwapFence } from './swap-fence';

/** Where a completed replay's shadow is kept, and where the live read model was when it ended. */
export interface ShadowKept {
  collection: string;
  /** what a swap folds again from */
  position: number;
}

interface CancelRequest extends ReadModelDocument {
  service: string;
}

/**
 * The replays of a service where each of its replicas sees them (JobBoard, collection
 * `_replays`). A cancellation asked of another replica than the one running the replay is a
 * request here, which the running replica looks for between two batches. A completed replay's
 * shadow is written to a collection of its own (`_shadow.<id>`), so a swap asked of any replica
 * can take it.
 */
export class ReplayBoard extends JobBoard<Replay, ShadowKept> {
  constructor(documents: DocumentStore, service: string, replica: string, now: () => number = Date.now) {
    super(documents, '_replays', service, replica, now);
  }

  private get cancels() {
    return this.documents.collection<CancelRequest>('_replay_cancels');
  }

  /** The collection a completed replay's shadow is kept in. */
  static shadowOf(id: string): string {
    return `_shadow.${id}`;
  }

  /** Where a completed replay's shadow is, for a swap by any replica. */
  async shadow(id: string): Promise<ShadowKept | null> {
    return (await this.entry(id))?.extra ?? null;
  }

  /** Asks the replica running replay `id` to stop it. */
  async requestCancel(id: string): Promise<void> {
    await this.cancels.putIfNewer({ _id: id, version: 1, service: this.service });
  }

  async cancelRequested(id: string): Promise<boolean> {
    return (await this.cancels.get(id)) !== null;
  }

  /** The replays of this service past the newest `keep` that still have a shadow kept. */
  async older(keep: number): Promise<Array<{ id: string; shadow: string }>> {
    const entries = await this.newest(1_000, keep);
    return entries.flatMap((e) => (e.extra ? [{ id: e._id, shadow: e.extra.collection }] : []));
  }

  /** The shadow of `id` is gone: a swap of it is refused from now on. */
  shadowDropped(id: string): Promise<void> {
    return this.update(id, () => ({ extra: null }));
  }
}

/** Replays shared by the replicas of a service: where they are kept, and the fence of a swap. */
export interface SharedReplays {
  board: ReplayBoard;
  fence: SwapFence;
}

export const SHARED_REPLAYS = Symbol('SHARED_REPLAYS');
