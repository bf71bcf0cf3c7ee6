export * from './topics';
export * from './event-bus.port';
export * from './checkpoint-store.port';
export * from './in-process.transport';
export * from './relay';
export * from './rethrow-event-errors.filter';
export * from './dispatch';
export * from './decode';
export * from './consumer-health';
export * from './public-error';
// Adapters are imported from their own paths ('@gongjian/messaging/kafka.transport',
// '@gongjian/messaging/sqlite.checkpoint-store', '@gongjian/messaging/mongodb.checkpoint-store',
// '@gongjian/messaging/mongodb.leader-lease', '@gongjian/messaging/postgres.leader-lease').
export * from './log-position';
export * from './log-follower';
export * from './leader-lease.port';
export * from './memory.leader-lease';
export * from './leadership';
