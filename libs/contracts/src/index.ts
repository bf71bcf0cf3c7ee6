export * from './catalogue';
export * from './organizations';
export * from './members';
export * from './volunteering';
export * from './accounts';
