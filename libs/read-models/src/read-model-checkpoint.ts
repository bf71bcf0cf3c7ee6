import type { EventEnvelope } from '@gongjian/eventing';
import type { DocumentCollection, DocumentStore, ReadModelDocument } from './document-store.port';

/** A place in the log: a global position and the id of the event stored there. */
export interface LogPlace {
  position: number;
  eventId?: string;
}

interface CheckpointDocument extends ReadModelDocument {
  /** `version` holds the position, so putIfNewer moves the checkpoint forward only */
  eventId: string;
}

const ID = 'read-models';

/**
 * How far into this process's own event log its read models reach: the furthest event of that
 * log they were folded from, with its id. Kept beside the read models (a document of the read
 * store, `<service>.log-checkpoint`), so that it stays when the log is lost or replaced and a
 * start can see that the read models know more than the log (docs/ops/start-check.md). Events
 * from other services' logs (delivered by the bus) carry their own logs' positions and are not
 * counted. Saves are coalesced: one in flight at a time, the latest position after it.
 */
export class ReadModelCheckpoint {
  private readonly collection: DocumentCollection<CheckpointDocument>;
  private latest: LogPlace | null = null;
  private saving: Promise<void> | null = null;
  private dirty = false;

  constructor(
    documents: DocumentStore,
    readonly service: string,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {
    this.collection = documents.collection<CheckpointDocument>(`${service}.log-checkpoint`);
  }

  get name(): string {
    return this.collection.name;
  }

  async read(): Promise<LogPlace | null> {
    const doc = await this.collection.get(ID);
    return doc ? { position: doc.version, eventId: doc.eventId } : null;
  }

  /** Notes that `event` of this log was folded; saved soon (flush() waits for it). */
  advance(event: EventEnvelope): void {
    if (this.latest && this.latest.position >= event.globalPosition) return;
    this.latest = { position: event.globalPosition, eventId: event.eventId };
    this.dirty = true;
    this.saving ??= this.saveLoop();
  }

  /** Resolves when every position noted so far is stored. */
  async flush(): Promise<void> {
    while (this.saving) await this.saving;
  }

  /** Forgets the stored checkpoint and sets it to `place` (a rebuild from the start of the log). */
  async reset(place: LogPlace | null): Promise<void> {
    await this.flush();
    await this.collection.deleteAll();
    this.latest = place;
    if (place?.eventId) await this.collection.putIfNewer({ _id: ID, version: place.position, eventId: place.eventId });
  }

  private async saveLoop(): Promise<void> {
    try {
      while (this.dirty) {
        this.dirty = false;
        const { position, eventId } = this.latest!;
        await this.collection.putIfNewer({ _id: ID, version: position, eventId: eventId! });
      }
    } catch (error) {
      // a lagging checkpoint only makes the start check less strict; the next event saves again
      this.onError(error);
    } finally {
      this.saving = null;
    }
  }
}
