export * from './error.filter';
export * from './validation';
export * from './pagination';
export * from './request-context';
export * from './idempotency';
export * from './sqlite.idempotency-store';
export * from './mongodb.idempotency-store';
