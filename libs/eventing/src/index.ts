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
export * from './sqlite.event-store';
export * from './polling-subscription';
// the EventStoreDB adapter is imported from '@gongjian/eventing/eventstoredb.event-store' when
// configured, so the embedded runtime does not load the gRPC client
