export * from './error.filter';
export * from './validation';
export * from './rules';
export * from './pagination';
export * from './request-context';
export * from './idempotency';
export * from './hostile-input';
export * from './security-headers';
export * from './dto-bounds';
export * from './schema';
// Adapters are imported from their own paths ('@gongjian/http/sqlite.idempotency-store',
// '@gongjian/http/mongodb.idempotency-store').
export * from './upstreams';
