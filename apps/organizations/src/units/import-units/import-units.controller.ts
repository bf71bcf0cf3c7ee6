import { Controller, Get, HttpCode, Post, Query, Req } from '@nestjs/common';
import type { Request } from 'express';
import type { CommandContext } from '@gongjian/eventing';
import { Command } from '@gongjian/http';
import { excelJsSheetWriter } from '@gongjian/spreadsheets/exceljs.sheet-writer';
import {
  importOptions,
  ImportQuery,
  ReturnsXlsx,
  SheetUpload,
  uploadedSheet,
  xlsxFile,
} from '@gongjian/spreadsheets/http';
import { templateStream } from '@gongjian/spreadsheets';
import { UNITS_SAMPLE, UNITS_SHEET } from '../../sheets/organizations.sheet';
import { ImportUnitsHandler } from './import-units.handler';

@Controller('imports/units')
export class ImportUnitsController {
  constructor(private readonly handler: ImportUnitsHandler) {}

  /**
   * Imports units (.xlsx or .csv, form field `file`): `{ importId, created, updated,
   * unchanged, rejected: [{ row, field, column, message }] }`; `?dryRun=true` validates only,
   * `?partial=true` imports the valid rows when some are rejected (else nothing).
   */
  @Post()
  @HttpCode(200)
  @SheetUpload()
  import(@Query() query: ImportQuery, @Req() req: Request, @Command() context: CommandContext) {
    return this.handler.execute(uploadedSheet(req), importOptions(query), context);
  }

  /** The template: the sheet's Chinese headers, a sample row, drop-downs of the code lists. */
  @ReturnsXlsx('the import template: Chinese headers, a sample row, drop-downs of the code lists')
  @Get('template.xlsx')
  template() {
    return xlsxFile(templateStream(UNITS_SHEET, UNITS_SAMPLE, excelJsSheetWriter), '驻区单位导入模板');
  }
}
