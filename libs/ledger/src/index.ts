export * from './money';
export * from './accounts';
export * from './posting';
export * from './book';
export * from './ledger.projections';
export * from './balances';
