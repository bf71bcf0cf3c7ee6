export * from './document-store.port';
export * from './memory.document-store';
export * from './tiered.document-store';
export * from './projection';
export * from './effects';
export * from './projection-runner';
export * from './read-model-checkpoint';
export * from './read-model-snapshot';
export * from './read-store-errors';
export * from './read-model';
export * from './text-filter';
// The MongoDB and SQLite adapters are imported from '@gongjian/read-models/mongodb.document-store'
// and '@gongjian/read-models/sqlite.document-store'.
