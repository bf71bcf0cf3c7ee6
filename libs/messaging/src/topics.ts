/** `matching.need-0190…` → `matching` (DESIGN §3: streams are `<service>.<aggregate>-<id>`). */
export function serviceOfStream(streamId: string): string {
  const dot = streamId.indexOf('.');
  return dot < 0 ? streamId : streamId.slice(0, dot);
}

/** One topic per service: `gongjian.<service>.events` (another prefix keeps benchmarks apart). */
export function topicOfService(service: string, prefix = 'gongjian'): string {
  return `${prefix}.${service}.events`;
}

export function topicOfStream(streamId: string, prefix = 'gongjian'): string {
  return topicOfService(serviceOfStream(streamId), prefix);
}

/** `matching.NeedPosted` → `matching` — handlers subscribe by event type; the type names its service. */
export function serviceOfEventType(type: string): string {
  return serviceOfStream(type);
}

/** The services that publish events; `*` handlers (audit) subscribe to all their topics. */
export const SERVICES = ['organizations', 'members', 'volunteering', 'matching', 'funds'] as const;
