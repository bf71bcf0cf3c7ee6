import type { EventEnvelope } from './envelope';

/**
 * Schema evolution: events are never rewritten; an upcaster turns an old schemaVersion of a type
 * into the next one on read. `upcasters['matching.NeedPosted'][1]` maps version 1 data to version 2.
 */
export type Upcasters = Record<string, Record<number, (data: any) => unknown>>;

export function upcast(event: EventEnvelope, upcasters: Upcasters): EventEnvelope {
  const steps = upcasters[event.type];
  if (!steps) return event;
  let { data, schemaVersion } = event;
  while (steps[schemaVersion]) {
    data = steps[schemaVersion](data);
    schemaVersion += 1;
  }
  return schemaVersion === event.schemaVersion ? event : { ...event, data, schemaVersion };
}
