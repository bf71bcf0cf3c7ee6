import { Controller, Get, Injectable, Query } from '@nestjs/common';
import { OmitType } from '@nestjs/swagger';
import { Directory } from '@gongjian/auth';
import { exportStream, OrgReferences, pagesOf } from '@gongjian/spreadsheets';
import { excelJsSheetWriter } from '@gongjian/spreadsheets/exceljs.sheet-writer';
import { ReturnsXlsx, xlsxFile } from '@gongjian/spreadsheets/http';
import { OrganizationsReadModels } from '../../read-models';
import { unitRow, UNITS_SHEET } from '../../sheets/organizations.sheet';
import { ListUnitsHandler } from '../list-units/list-units.handler';
import { ListUnitsQuery } from '../list-units/list-units.query';

/** The filters of the unit list, without its paging. */
export class ExportUnitsQuery extends OmitType(ListUnitsQuery, ['limit', 'cursor'] as const) {}

/** 导出驻区单位: the units the list shows for the same filters, oldest first, importable back as they are. */
@Injectable()
export class ExportUnitsHandler {
  constructor(
    private readonly readModels: OrganizationsReadModels,
    private readonly directory: Directory,
    private readonly list: ListUnitsHandler,
  ) {}

  async execute(query: ExportUnitsQuery) {
    const refs = new OrgReferences(await this.directory.entries.find({}));
    const pages = pagesOf(this.readModels.organizations, await this.list.filter(query), { oldestFirst: true });
    return exportStream({ schema: UNITS_SHEET, pages, row: (u) => unitRow(u, refs) }, excelJsSheetWriter);
  }
}

@Controller('exports')
export class ExportUnitsController {
  constructor(private readonly handler: ExportUnitsHandler) {}

  /** The units as .xlsx (`?locatedIn=`, `?sector=`). */
  @ReturnsXlsx('the list as an .xlsx file, with the filters of the list')
  @Get('units.xlsx')
  async export(@Query() query: ExportUnitsQuery) {
    return xlsxFile(await this.handler.execute(query), '驻区单位');
  }
}
