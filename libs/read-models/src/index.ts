export * from './document-store.port';
export * from './memory.document-store';
export * from './projection';
export * from './effects';
export * from './projection-runner';
export * from './mongodb.document-store';
export * from './read-model-checkpoint';
export * from './read-store-errors';
