import { importAggregate } from '@gongjian/spreadsheets';

/** The imports of needs and offers: one stream per account, kind and file (`matching.import-<key>`). */
export const matchingImports = importAggregate('matching');
