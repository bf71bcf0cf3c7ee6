import { type EventStore, InvalidLogPosition } from '@gongjian/eventing';
import { type CheckpointStore, LogFollower, Relay } from '@gongjian/messaging';
import type { LogPlace, ReadModelCheckpoint } from '@gongjian/read-models';

/** A checkpoint that the log at hand cannot have given out. */
export interface Divergence {
  /** whose checkpoint: `read models` or `relay` */
  of: 'read models' | 'relay' | 'follower';
  /** where that checkpoint is kept, for the message */
  keptIn: string;
  checkpoint: LogPlace;
  head: number;
  /** `behind`: the head is before the checkpoint; `replaced`: another event (or none) is at its position */
  kind: 'behind' | 'replaced';
  /** the id of the event the log has at the checkpoint's position (replaced), null when none */
  found?: string | null;
}

/**
 * Compares a stored checkpoint with the log: the log that gave it out has a head at or after its
 * position and, at that position, the event it names. A checkpoint without an event id (saved
 * before ids were recorded) still needs an event of this log exactly at its position: on
 * EventStoreDB a position that is not a record's start makes every read from it fail
 * (InvalidLogPosition), so "the head is further" is not enough. None, or position 0, always matches.
 */
export async function compareWithLog(
  store: Pick<EventStore, 'headPosition' | 'eventAt'>,
  of: Divergence['of'],
  keptIn: string,
  checkpoint: LogPlace | null,
): Promise<Divergence | null> {
  if (!checkpoint || checkpoint.position <= 0) return null;
  const head = await store.headPosition();
  if (head < checkpoint.position) return { of, keptIn, checkpoint, head, kind: 'behind' };
  const found = (await eventIdAt(store, checkpoint.position)) ?? null;
  const matches = checkpoint.eventId ? found === checkpoint.eventId : found !== null;
  return matches ? null : { of, keptIn, checkpoint, head, kind: 'replaced', found };
}

/** The id of the event at exactly `position`; null when none (a store may refuse such a position). */
async function eventIdAt(store: Pick<EventStore, 'eventAt'>, position: number): Promise<string | null> {
  try {
    return (await store.eventAt(position))?.eventId ?? null;
  } catch (error) {
    if (error instanceof InvalidLogPosition) return null;
    throw error;
  }
}

/**
 * Gives a checkpoint saved before event ids were kept the id of the event at its position, once
 * the check found one there (`divergences` name those it did not): from then on the check compares
 * ids, which tells two logs apart where positions alone cannot (SQLite logs all count 1, 2, 3…).
 */
export async function recordEventIds(
  store: Pick<EventStore, 'eventAt'>,
  readModels: Pick<ReadModelCheckpoint, 'read' | 'reset'>,
  checkpoints: CheckpointStore,
  divergences: Divergence[],
): Promise<void> {
  const diverged = new Set(divergences.map((d) => d.of));
  const idOf = async (place: LogPlace | null) =>
    place && place.position > 0 && !place.eventId ? ((await store.eventAt(place.position))?.eventId ?? null) : null;
  const models = diverged.has('read models') ? null : await readModels.read();
  const modelsId = await idOf(models);
  if (models && modelsId) await readModels.reset({ position: models.position, eventId: modelsId });
  for (const [of, name] of [
    ['relay', Relay.checkpointName],
    ['follower', LogFollower.checkpointName],
  ] as const) {
    const place = diverged.has(of) ? null : await checkpoints.read(name);
    const eventId = await idOf(place);
    if (place && eventId) await checkpoints.reset(name, { position: place.position, eventId });
  }
}

const at = (place: LogPlace) => `position ${place.position}${place.eventId ? ` (event ${place.eventId})` : ''}`;

function describe(d: Divergence): string {
  const reach = `the ${d.of} (${d.keptIn}) ${d.of === 'relay' ? 'has published up to' : 'reach'} ${at(d.checkpoint)}`;
  if (d.kind === 'behind') return `${reach}, but the log's head is position ${d.head}`;
  const there = d.found ? `event ${d.found}` : 'no event of this log';
  return `${reach}, but at position ${d.checkpoint.position} the log has ${there} (head ${d.head}): another log`;
}

export const REBUILD_FLAG = 'GONGJIAN_REBUILD_READ_MODELS=1';

/** Why `service` will not start on `log`, and what the operator can do (docs/ops/start-check.md). */
export function refusalMessage(service: string, log: string, divergences: Divergence[]): string {
  const furthest = Math.max(...divergences.map((d) => d.checkpoint.position));
  const behind = divergences.every((d) => d.kind === 'behind');
  return [
    `${service} refuses to start: its event log (${log}) is ${behind ? 'behind' : 'not the log of'} its read models.`,
    ...divergences.map((d) => `  - ${describe(d)}.`),
    'Serving now would answer reads from state the log does not have, and decide commands without it.',
    `Either restore the log that holds position ${furthest} (the data directory or event store backup) and start again,`,
    `or start once with ${REBUILD_FLAG} to drop the read models and rebuild them from this log`,
    '(what only the lost log held is then gone from the reads too). See docs/ops/start-check.md.',
  ].join('\n');
}

/** A start refused by the check: the log is behind the read models or another log. */
export class StartRefused extends Error {
  constructor(
    readonly service: string,
    readonly divergences: Divergence[],
    log: string,
  ) {
    super(refusalMessage(service, log, divergences));
    this.name = 'StartRefused';
  }
}
