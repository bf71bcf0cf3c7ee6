import { Logger } from '@nestjs/common';
import type { DocumentStore, ReadModelDocument } from '@gongjian/read-models';

/** How often the replica running a job tells the others how far it has come. */
export const JOB_HEARTBEAT_MILLIS = 1_000;
/** A running job not heard of for this long: its replica stopped (killed, or cut off). */
export const JOB_SILENT_MILLIS = 15_000;

/** What a board keeps of a job: its id, where it stands, and why it failed. */
export interface BoardJob {
  id: string;
  status: string;
  finishedAt: string | null;
  error: string | null;
}

/** A job as the replicas of its service share it. */
export interface JobEntry<T extends BoardJob, X extends object> extends ReadModelDocument {
  service: string;
  /** the replica that runs it (it alone writes the entry while the job runs) */
  replica: string;
  job: T;
  /** the running replica's clock, ms: last time it wrote this entry */
  heardAt: number;
  /** what else the board keeps beside the job (a replay's shadow) */
  extra: X | null;
}

/**
 * The long jobs of a service (a replay, a what-if) where each of its replicas sees them (issue
 * 22), in the read store the replicas share (MongoDB), collection `collection`. A job runs on the
 * replica that was asked to start it; that one writes its state here as it goes (every
 * JOB_HEARTBEAT_MILLIS and at every change), and a poll that reaches another replica reads it
 * from here. A running job whose replica has not written for JOB_SILENT_MILLIS is reported failed:
 * its replica stopped, and the job with it (a job lives in the memory of the replica running it).
 */
export class JobBoard<T extends BoardJob, X extends object = Record<string, never>> {
  private readonly versions = new Map<string, number>();
  private readonly logger = new Logger('jobs');

  constructor(
    protected readonly documents: DocumentStore,
    private readonly collectionName: string,
    readonly service: string,
    readonly replica: string,
    protected readonly now: () => number = Date.now,
  ) {}

  protected get entries() {
    return this.documents.collection<JobEntry<T, X>>(this.collectionName);
  }

  /** Writes the job's state as this replica, its runner, has it. */
  async save(job: T, extra: X | null = null): Promise<void> {
    const version = (this.versions.get(job.id) ?? 0) + 1;
    this.versions.set(job.id, version);
    await this.entries.putIfNewer({
      _id: job.id,
      version,
      service: this.service,
      replica: this.replica,
      job,
      heardAt: this.now(),
      extra,
    });
  }

  /**
   * `save`, for the runner: a store that does not answer is logged, not thrown (the job goes on;
   * the other replicas hear of it at the next write, or report it failed if none comes).
   */
  async tell(job: T, extra: X | null = null): Promise<void> {
    await this.save(job, extra).catch((error: unknown) =>
      this.logger.warn(`${this.collectionName} ${job.id}: could not tell the replicas: ${String(error)}`),
    );
  }

  /**
   * Tells the job as it stands every JOB_HEARTBEAT_MILLIS (how far it is, and that its replica is
   * alive), with `also` run at each beat, until the function returned is called. A beat started
   * before that call writes an older version than any `save` after it (versions are taken at call).
   */
  heartbeat(job: T, also?: () => void): () => void {
    const beat = setInterval(() => {
      void this.tell(job);
      also?.();
    }, JOB_HEARTBEAT_MILLIS);
    return () => clearInterval(beat);
  }

  /**
   * Changes a finished job's entry (a replay swapped in, its shadow dropped), whichever replica
   * does it: read, changed, written on the condition that nobody wrote it meanwhile (else again).
   */
  async update(id: string, change: (entry: JobEntry<T, X>) => Partial<JobEntry<T, X>>): Promise<void> {
    for (;;) {
      const entry = await this.entry(id);
      if (!entry) return;
      if (await this.entries.putIfNewer({ ...entry, ...change(entry), version: entry.version + 1 })) return;
    }
  }

  /** The job as its runner last wrote it (failed if the runner went silent); null: not this service's. */
  async get(id: string): Promise<T | null> {
    const entry = await this.entry(id);
    return entry ? this.reported(entry) : null;
  }

  /** The entry of job `id` of this service. */
  protected async entry(id: string): Promise<JobEntry<T, X> | null> {
    const entry = await this.entries.get(id);
    return entry?.service === this.service ? entry : null;
  }

  /** The newest `limit` jobs of this service, newest first (ids are time-ordered). */
  async list(limit: number): Promise<T[]> {
    return (await this.newest(limit)).map((entry) => this.reported(entry));
  }

  protected newest(limit: number, skip = 0): Promise<Array<JobEntry<T, X>>> {
    return this.entries.find({ service: this.service }, { sort: { _id: -1 }, limit, skip });
  }

  private reported(entry: JobEntry<T, X>): T {
    const silent = this.now() - entry.heardAt > JOB_SILENT_MILLIS;
    if (entry.job.status !== 'running' || !silent) return entry.job;
    return {
      ...entry.job,
      status: 'failed',
      error: `the replica running it (${entry.replica}) stopped before it finished; start it again`,
      finishedAt: new Date(entry.heardAt).toISOString(),
    };
  }
}

/** Where a service's replicas share their jobs (the read store), and which replica this is. */
export interface SharedJobs {
  documents: DocumentStore;
  service: string;
  replica: string;
}

/** Provided where replicas share their stores (MongoDB read store, a lease store); null elsewhere. */
export const SHARED_JOBS = Symbol('SHARED_JOBS');
