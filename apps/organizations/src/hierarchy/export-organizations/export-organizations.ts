import { Controller, Get, Injectable, Query } from '@nestjs/common';
import { OmitType } from '@nestjs/swagger';
import { Directory } from '@gongjian/auth';
import { exportStream, OrgReferences, pagesOf } from '@gongjian/spreadsheets';
import { excelJsSheetWriter } from '@gongjian/spreadsheets/exceljs.sheet-writer';
import { ReturnsXlsx, xlsxFile } from '@gongjian/spreadsheets/http';
import { OrganizationsReadModels } from '../../read-models';
import { organizationRow, ORGANIZATIONS_SHEET } from '../../sheets/organizations.sheet';
import { ListOrganizationsHandler } from '../list-organizations/list-organizations.handler';
import { ListOrganizationsQuery } from '../list-organizations/list-organizations.query';

/** The filters of the organisation list, without its paging. */
export class ExportOrganizationsQuery extends OmitType(ListOrganizationsQuery, ['limit', 'cursor'] as const) {}

/**
 * 导出组织架构: the organisations the list shows for the same filters (every account reads the
 * tree), oldest first so that each parent comes before its children, as the import wants them.
 */
@Injectable()
export class ExportOrganizationsHandler {
  constructor(
    private readonly readModels: OrganizationsReadModels,
    private readonly directory: Directory,
    private readonly list: ListOrganizationsHandler,
  ) {}

  async execute(query: ExportOrganizationsQuery) {
    const refs = new OrgReferences(await this.directory.entries.find({}));
    const pages = pagesOf(this.readModels.organizations, await this.list.filter(query), { oldestFirst: true });
    return exportStream(
      { schema: ORGANIZATIONS_SHEET, pages, row: (o) => organizationRow(o, refs) },
      excelJsSheetWriter,
    );
  }
}

@Controller('exports')
export class ExportOrganizationsController {
  constructor(private readonly handler: ExportOrganizationsHandler) {}

  /** The organisations as .xlsx (`?kind=`, `?parentId=`), parents first: it imports back as it is. */
  @ReturnsXlsx('the list as an .xlsx file, with the filters of the list')
  @Get('organizations.xlsx')
  async export(@Query() query: ExportOrganizationsQuery) {
    return xlsxFile(await this.handler.execute(query), '组织架构');
  }
}
