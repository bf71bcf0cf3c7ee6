export * from './topics';
export * from './event-bus.port';
export * from './checkpoint-store.port';
export * from './in-process.transport';
export * from './relay';
export * from './sqlite.checkpoint-store';
export * from './rethrow-event-errors.filter';
export * from './dispatch';
