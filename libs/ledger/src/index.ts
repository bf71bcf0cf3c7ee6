export * from './money';
export * from './accounts';
export * from './posting';
export * from './book';
export * from './ledger.projections';
export * from './balances';
export * from './book.decider';
// the contract suite (fast-check, jest globals): '@gongjian/ledger/ledger.contract'
