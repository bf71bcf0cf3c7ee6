export * from './config';
export * from './tokens';
export * from './projection-registry';
export * from './runtime';
export * from './runtime.module';
export * from './http-app';
