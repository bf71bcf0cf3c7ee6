import { createHash } from 'node:crypto';
import { apiMessageInChinese } from '@gongjian/contracts';
import {
  type Actor,
  type CommandContext,
  derivedUuidV7,
  DomainError,
  DomainRuleViolation,
  KeyedRequest,
} from '@gongjian/eventing';
import type { AggregateCommands } from '@gongjian/runtime';
import { readRecords, type SheetRecord, type SheetSchema } from './columns';
import type { Rejection, RowProblem } from './dto-rows';
import type { ImportCommand, ImportEvent, ImportState } from './import.decider';
import type { RawSheet, ReadLimits } from './spreadsheet.port';

/** The largest file an import reads (multer refuses more with 413 before it is read). */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;
/** The most data rows one file may hold: a district's members fit; more is several files. */
export const IMPORT_MAX_ROWS = 50_000;
/** Columns read of each row: every kind has fewer than 30. */
const IMPORT_MAX_COLUMNS = 100;
/** Ids a row may create (the item, its instant proposals…): rows are this far apart in the id counter. */
const IDS_PER_ROW = 1000;

export interface ImportOptions {
  /** validate only: the report says what would be done, nothing is appended */
  dryRun: boolean;
  /** import the valid rows when some are rejected (else nothing is imported) */
  partial: boolean;
}

/** Reads the first sheet of an upload (`readSheet` of '@gongjian/spreadsheets/sheet-files'). */
export type SheetFileReader = (bytes: Buffer, fileName: string, limits: ReadLimits) => Promise<RawSheet>;

export interface UploadedSheet {
  bytes: Buffer;
  fileName: string;
}

/** What the use case of a kind decides about one row, from the sheet and its read models. */
export type RowPlan<P> =
  | { row: number; action: 'create' | 'update'; payload: P }
  | { row: number; action: 'unchanged' }
  | { row: number; action: 'rejected'; problems: RowProblem[] };

/**
 * One kind of import, owned by the service that owns the kind (organizations and units: the
 * organizations service; members: members; needs and offers: matching): its columns, who may
 * import it at all, what each row means, and how a row is applied — by the same handler, with the
 * same DTO and command, as the API's route.
 */
export interface ImportKind<P> {
  readonly kind: string;
  readonly schema: SheetSchema;
  /** Refuses (Forbidden, 403 for the file) a role that may do this kind's action nowhere. */
  assertMayImport(actor: Actor): void;
  /** One plan per record, in order: the whole file at once, so that a row may name an earlier row. */
  plan(records: SheetRecord[], actor: Actor): Promise<Array<RowPlan<P>>>;
  /** Applies one row; `context` carries the import id as correlation id and the row's derived ids. */
  apply(payload: P, context: CommandContext, row: number): Promise<void>;
}

export interface ImportReport {
  importId: string;
  created: number;
  updated: number;
  unchanged: number;
  rejected: Rejection[];
  /** validated only */
  dryRun: boolean;
  /** whether the rows counted were imported (false: a dry run, or rejected rows without `partial`) */
  applied: boolean;
}

/**
 * Imports a sheet: reads it (SpreadsheetError, 422, for a file that is not one), plans every row
 * (validation, references, authorization, what exists), and only then appends — nothing when a
 * row is rejected and `partial` is not set, nothing at all on a dry run. Every row is applied
 * through its kind's handler with the importing account as actor and the import id as correlation
 * id. The import id, and every id a row creates, derive from the account, the kind and the file's
 * bytes and the time of its first run (recorded in the import's stream), so a run stopped midway
 * is finished by importing the same file again, and a file imported twice changes nothing.
 */
export async function runImport<P>(
  kind: ImportKind<P>,
  file: UploadedSheet,
  options: ImportOptions,
  context: CommandContext,
  imports: AggregateCommands<ImportCommand, ImportEvent, ImportState>,
  readSheet: SheetFileReader,
): Promise<ImportReport> {
  kind.assertMayImport(context.actor);
  const sheet = await readSheet(file.bytes, file.fileName, {
    maxRows: IMPORT_MAX_ROWS + 10,
    maxColumns: IMPORT_MAX_COLUMNS,
  });
  const { records } = readRecords(sheet, kind.schema);
  if (records.length > IMPORT_MAX_ROWS) {
    throw new DomainRuleViolation(`the sheet has more than ${IMPORT_MAX_ROWS} rows`, 'too_many_rows', {
      row: records[IMPORT_MAX_ROWS].row,
      maxRows: IMPORT_MAX_ROWS,
      message: `表格超过 ${IMPORT_MAX_ROWS} 行：请分成几个文件导入`,
    });
  }
  const plans = await planAll(kind, records, context.actor);
  const rejected = plans.flatMap((p) =>
    p.action === 'rejected' ? p.problems.map((problem) => withColumn(kind.schema, { row: p.row, ...problem })) : [],
  );
  const count = (action: RowPlan<P>['action']) => plans.filter((p) => p.action === action).length;
  const fileSha256 = createHash('sha256').update(file.bytes).digest('hex');
  const key = createHash('sha256')
    .update([kind.kind, context.actor.accountId, fileSha256].join('\0'))
    .digest('hex')
    .slice(0, 32);
  const earlier = await imports.load(key);
  const startedAt = earlier.state.exists ? earlier.state.started.startedAt : new Date().toISOString();
  const importId = earlier.state.exists
    ? earlier.state.started.importId
    : derivedUuidV7(Date.parse(startedAt), 0, ['import', key]);
  const report = (applied: boolean, done: boolean): ImportReport => ({
    importId,
    created: done ? count('create') : 0,
    updated: done ? count('update') : 0,
    unchanged: done ? count('unchanged') : 0,
    rejected,
    dryRun: options.dryRun,
    applied,
  });
  if (options.dryRun) return report(false, true);
  if (rejected.length > 0 && !options.partial) return report(false, false);
  const toApply = plans.filter((p): p is Extract<RowPlan<P>, { payload: P }> => 'payload' in p);
  if (toApply.length === 0) return report(true, true);

  const importContext: CommandContext = { actor: context.actor, correlationId: importId, causationId: null };
  const started = { importId, kind: kind.kind, fileName: file.fileName, fileSha256, rows: records.length, startedAt };
  await imports.execute(key, { type: 'StartImport', started }, importContext);
  const millis = Date.parse(startedAt);
  let done = 0;
  for (const plan of toApply) {
    const rowContext: CommandContext = {
      ...importContext,
      request: new KeyedRequest(`import ${importId}`, `row ${plan.row}`, millis, plan.row * IDS_PER_ROW),
    };
    try {
      await kind.apply(plan.payload, rowContext, plan.row);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      throw new DomainRuleViolation(
        `the import stopped at row ${plan.row} (${error.message}); the rows before it are imported: import the same file again to finish it`,
        'import_interrupted',
        {
          importId,
          row: plan.row,
          field: error.details?.field,
          applied: done,
          message: `导入在第 ${plan.row} 行中断（${apiMessageInChinese(error.message)}）：之前的 ${done} 行已导入，请再次导入同一文件以完成`,
        },
      );
    }
    done += 1;
  }
  const counts = {
    created: count('create'),
    updated: count('update'),
    unchanged: count('unchanged'),
    rejected: plans.length - toApply.length - count('unchanged'),
  };
  await imports.execute(key, { type: 'RecordImportApplied', counts, partial: options.partial }, importContext);
  return report(true, true);
}

/** Rows whose cells could not be read are rejected as they are; the kind plans the others. */
async function planAll<P>(kind: ImportKind<P>, records: SheetRecord[], actor: Actor): Promise<Array<RowPlan<P>>> {
  const clean = records.filter((r) => r.problems.length === 0);
  const planned = await kind.plan(clean, actor);
  const byRow = new Map(planned.map((p) => [p.row, p]));
  return records.map((r): RowPlan<P> =>
    r.problems.length > 0
      ? {
          row: r.row,
          action: 'rejected',
          problems: r.problems.map((p) => ({ field: p.key, column: p.header, message: p.message })),
        }
      : (byRow.get(r.row) ?? { row: r.row, action: 'rejected', problems: [{ field: 'row', message: '未处理' }] }),
  );
}

/** The Chinese header of the column a field comes from, when the rejection does not name it yet. */
function withColumn(schema: SheetSchema, rejection: Rejection): Rejection {
  if (rejection.column) return rejection;
  const top = rejection.field.split('.')[0];
  const column = schema.columns.find(
    (c) => c.key === rejection.field || c.key === top || (c.fields ?? []).includes(rejection.field),
  );
  return column ? { ...rejection, column: column.header } : rejection;
}
