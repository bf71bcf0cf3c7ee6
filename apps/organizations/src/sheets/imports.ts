import { importAggregate } from '@gongjian/spreadsheets';

/** The imports of organisations and units: one stream per account, kind and file (`organizations.import-<key>`). */
export const organizationImports = importAggregate('organizations');
