export * from './spreadsheet.port';
export * from './errors';
export * from './cells';
export * from './columns';
export * from './dto-rows';
export * from './import.decider';
export * from './import-run';
export * from './export-stream';
export * from './references';
// Adapters are imported from their own paths: '@gongjian/spreadsheets/exceljs.sheet-writer',
// '@gongjian/spreadsheets/exceljs.sheet-reader', '@gongjian/spreadsheets/csv.sheet-reader'
// ('@gongjian/spreadsheets/sheet-files' picks the reader of an upload).
