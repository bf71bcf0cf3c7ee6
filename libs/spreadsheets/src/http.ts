import {
  applyDecorators,
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  PayloadTooLargeException,
  SetMetadata,
  StreamableFile,
  UseInterceptors,
} from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsBoolean } from 'class-validator';
import type { Request, Response } from 'express';
import type { Readable } from 'node:stream';
import {
  Answers,
  array,
  badRequest,
  boolean,
  integer,
  named,
  object,
  Optional,
  Returns,
  ReturnsMedia,
  string,
  UPLOAD_MAX_BYTES,
  UPLOAD_METADATA,
} from '@gongjian/http';
import type { ImportOptions, UploadedSheet } from './import-run';
import { attachment, XLSX_MEDIA_TYPE } from './export-stream';

// multer ships no types; what is used of it
// eslint-disable-next-line @typescript-eslint/no-require-imports
const multer = require('multer') as {
  (options: { storage: unknown; limits: Record<string, number> }): {
    single(field: string): (req: Request, res: Response, done: (error?: unknown) => void) => void;
  };
  memoryStorage(): unknown;
};

interface UploadedFile {
  buffer: Buffer;
  originalname: string;
  size: number;
}

const FIELD = 'file';
const MB = UPLOAD_MAX_BYTES / 1024 / 1024;

/** `?dryRun=true` validates only; `?partial=true` imports the valid rows when some are rejected. */
export class ImportQuery {
  /** validate only: the answer says what would be done, nothing is imported */
  @Optional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  dryRun?: boolean;

  /** import the valid rows when some are rejected (else a file with a rejected row imports nothing) */
  @Optional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  partial?: boolean;
}

export const importOptions = (query: ImportQuery): ImportOptions => ({
  dryRun: query.dryRun === true,
  partial: query.partial === true,
});

/**
 * Reads the upload of an import route — one file in the form field `file`, at most
 * UPLOAD_MAX_BYTES, held in memory for the import to read — before the handler runs: 413 past the
 * limit (the body is not read further), 400 for a form without the file.
 */
@Injectable()
export class SheetUploadInterceptor implements NestInterceptor {
  private readonly upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: UPLOAD_MAX_BYTES, files: 1, fields: 10, parts: 12, fieldSize: 1024 },
  }).single(FIELD);

  async intercept(context: ExecutionContext, next: CallHandler) {
    const http = context.switchToHttp();
    const req = http.getRequest<Request & { file?: UploadedFile }>();
    if (!req.is('multipart/form-data')) throw noFile();
    await new Promise<void>((resolve, reject) =>
      this.upload(req, http.getResponse<Response>(), (error?: unknown) =>
        error ? reject(uploadError(error)) : resolve(),
      ),
    );
    if (!req.file) throw noFile();
    return next.handle();
  }
}

function noFile() {
  return badRequest('a file is uploaded as the form field "file" (multipart/form-data)', [
    { field: FIELD, messages: ['a file is uploaded as the form field "file" (multipart/form-data)'] },
  ]);
}

function uploadError(error: unknown) {
  const code = (error as { code?: string }).code;
  if (code === 'LIMIT_FILE_SIZE')
    return new PayloadTooLargeException({
      statusCode: 413,
      error: 'payload_too_large',
      message: `the file is larger than ${MB} MB`,
      details: { field: FIELD, message: `文件超过 ${MB} MB：请分成几个文件导入` },
    });
  const message = `the upload cannot be read: ${(error as Error).message ?? code}`;
  return badRequest(message, [{ field: FIELD, messages: [message] }]);
}

/** What an import answers: what it did (or would do) with the rows, and the rows it refused. */
export const IMPORT_REPORT = named(
  'ImportReport',
  object({
    importId: string(),
    created: integer(),
    updated: integer(),
    unchanged: integer(),
    rejected: array(
      object(
        { row: integer(), field: string(), message: string() },
        { column: string({ description: "the column's Chinese header" }) },
      ),
    ),
    dryRun: boolean(),
    applied: boolean(),
  }),
);

/**
 * An import route: reads the upload first, and says so in the OpenAPI document (the file in the
 * form field `file`; the report it answers; 413 past the size, 422 for a file that is not a sheet).
 */
export const SheetUpload = () =>
  applyDecorators(
    SetMetadata(UPLOAD_METADATA, FIELD),
    UseInterceptors(SheetUploadInterceptor),
    Returns(IMPORT_REPORT, 'what the import did, or would do (`dryRun`), and the rows it refused'),
    Answers(413, 422),
  );

/** A route that answers an .xlsx file (an export, a template). */
export const ReturnsXlsx = (description: string) => ReturnsMedia([XLSX_MEDIA_TYPE], description);

/** The file the interceptor read, as an import takes it. */
export function uploadedSheet(req: Request & { file?: UploadedFile }): UploadedSheet {
  const file = req.file!;
  // multer reads the name as latin1; browsers send UTF-8 (需求清单.xlsx)
  const fileName = Buffer.from(file.originalname ?? '', 'latin1')
    .toString('utf8')
    .slice(0, 200);
  return { bytes: file.buffer, fileName };
}

/** An .xlsx answer, streamed as it is written, named in Chinese (需求清单-2026-12-03.xlsx). */
export function xlsxFile(stream: Readable, name: string): StreamableFile {
  return new StreamableFile(stream, { type: XLSX_MEDIA_TYPE, disposition: attachment(name) });
}
