import { importAggregate } from '@gongjian/spreadsheets';

/** The imports of members: one stream per account and file (`members.import-<key>`). */
export const memberImports = importAggregate('members');
