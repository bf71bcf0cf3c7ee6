/**
 * A lease that at most one holder has at a time, taken for a while and renewed by its holder
 * (issue 22): the replicas of a service elect with it the one that runs the relay and the log
 * follower. A holder that dies stops renewing; its lease expires and another replica takes it.
 *
 * Time is the store's where the store has a clock (PostgreSQL's `clock_timestamp()`); otherwise
 * the caller's, and the clocks of the replicas must then agree to well within the lease's length.
 */
export interface LeaderLease {
  /**
   * Takes the lease `name` for `holder` for `ttlMillis` if nobody holds it or its holder's time is
   * up, or extends it if `holder` holds it already. True when `holder` holds it afterwards.
   */
  acquire(name: string, holder: string, ttlMillis: number): Promise<boolean>;
  /** Gives the lease up if `holder` holds it (another replica can take it at once). */
  release(name: string, holder: string): Promise<void>;
  /** Who holds the lease now (null: nobody, or its time is up). */
  holder(name: string): Promise<string | null>;
}

export const LEADER_LEASE = Symbol('LEADER_LEASE');
