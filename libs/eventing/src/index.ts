export * from './envelope';
export * from './errors';
export * from './event-store.port';
export * from './hash-chain';
export * from './chain-verifier';
export * from './decider';
export * from './aggregate';
export * from './command-handler';
export * from './keyed-request';
export * from './upcasting';
export * from './polling-subscription';
// Adapters are imported from their own paths — '@gongjian/eventing/sqlite.event-store',
// '@gongjian/eventing/eventstoredb.event-store' — by the runtime that picks one, so that importing
// an error or the envelope loads no database client (test/port-indexes.unit.spec.ts).
export * from './same-json';
