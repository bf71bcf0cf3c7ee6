export * from './catalogue';
export * from './matching';
export * from './organizations';
export * from './members';
export * from './volunteering';
export * from './accounts';
export * from './public-events';
export * from './api-messages';
