/**
 * How far a read through a history has come, as a replay reports it (`GET /audit/replays/:id`,
 * the assessment's what-if): counted in events, never in positions.
 */
export interface ReplayProgress {
  /** events read so far */
  done: number;
  /**
   * events in all: exact when counted (an input log, or once the read reached the end), else an
   * estimate from how far the positions have come (`totalEstimated`)
   */
  total: number;
  /** `total` is an estimate: the log counts in positions, not events (EventStoreDB: bytes) */
  totalEstimated: boolean;
  eventsPerSecond: number;
  /** from the rate at which the read moves through the history's own unit; null until it moves */
  etaSeconds: number | null;
}

/**
 * Where a history ends, in its own unit: `events` (a count: an input log of one document per
 * event) or `positions` (the event log's head: on SQLite one per event, on EventStoreDB a byte
 * offset, hundreds apart between events). The two are never subtracted from each other.
 */
export interface HistoryEnd {
  end: number;
  unit: 'events' | 'positions';
}

const tenth = (n: number) => Math.round(n * 10) / 10;

/**
 * Progress of a read from `from` to a history's end. Whatever the unit, the ETA is the rate at
 * which the read's place advances (units per second) over the units left; the total is counted
 * events where the history counts them, else done × span / covered (labelled an estimate) until
 * the read reaches the end, where it is exactly `done`.
 */
export class ProgressMeter {
  private readonly started = performance.now();

  constructor(
    private history: HistoryEnd,
    private readonly from = 0,
  ) {}

  /** The end moved (appends while the read runs): progress is measured against the new one. */
  extendTo(end: number): void {
    this.history = { ...this.history, end: Math.max(this.history.end, end) };
  }

  /** After a batch: `done` events read so far, the read's place (a position, or `done` for a count). */
  at(done: number, place: number): ReplayProgress {
    const { end, unit } = this.history;
    const seconds = (performance.now() - this.started) / 1000;
    const covered = place - this.from;
    const left = Math.max(0, end - place);
    const reached = left === 0;
    const total =
      unit === 'events'
        ? Math.max(done, end)
        : reached || covered <= 0
          ? done
          : Math.max(done, Math.round((done * (end - this.from)) / covered));
    const unitsPerSecond = seconds > 0 ? covered / seconds : 0;
    return {
      done,
      total,
      totalEstimated: unit === 'positions' && !reached,
      eventsPerSecond: seconds > 0 ? Math.round(done / seconds) : 0,
      etaSeconds: reached ? 0 : unitsPerSecond > 0 ? tenth(left / unitsPerSecond) : null,
    };
  }

  /** The read is over: `done` is the total. */
  finished(done: number): ReplayProgress {
    const seconds = (performance.now() - this.started) / 1000;
    return {
      done,
      total: done,
      totalEstimated: false,
      eventsPerSecond: seconds > 0 ? Math.round(done / seconds) : 0,
      etaSeconds: 0,
    };
  }

  /** Before anything is read: nothing known of the total but a count's. */
  static initial(history: HistoryEnd): ReplayProgress {
    const counted = history.unit === 'events';
    return {
      done: 0,
      total: counted ? history.end : 0,
      totalEstimated: !counted && history.end > 0,
      eventsPerSecond: 0,
      etaSeconds: history.end > 0 ? null : 0,
    };
  }
}
