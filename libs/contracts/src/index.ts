export * from './catalogue';
export * from './organizations';
