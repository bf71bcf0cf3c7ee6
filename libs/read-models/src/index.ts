export * from './document-store.port';
export * from './memory.document-store';
export * from './sqlite.document-store';
export * from './tiered.document-store';
export * from './projection';
export * from './effects';
export * from './projection-runner';
export * from './read-model-checkpoint';
export * from './read-model-snapshot';
export * from './read-store-errors';
export * from './read-model';
export * from './text-filter';
// The MongoDB adapter is imported from '@gongjian/read-models/mongodb.document-store'.
