import { Controller, Get, Injectable, Query } from '@nestjs/common';
import { OmitType } from '@nestjs/swagger';
import { Directory } from '@gongjian/auth';
import { PROJECT_STATUSES, QUANTITY_UNITS } from '@gongjian/contracts';
import { exportStream, OrgReferences, pagesOf, type SheetSchema } from '@gongjian/spreadsheets';
import { excelJsSheetWriter } from '@gongjian/spreadsheets/exceljs.sheet-writer';
import { ReturnsXlsx, xlsxFile } from '@gongjian/spreadsheets/http';
import { MatchingReadModels } from '../../read-models';
import { beijingTime } from '../../sheets/columns';
import { ListProjectsHandler } from '../list-projects/list-projects.handler';
import { ListProjectsQuery } from '../list-projects/list-projects.query';

/** The filters of the project list, without its paging. */
export class ExportProjectsQuery extends OmitType(ListProjectsQuery, ['limit', 'cursor'] as const) {}

const text = (key: string, header: string, width = 14) => ({
  key,
  header,
  type: 'text' as const,
  readOnly: true,
  width,
});

/** 项目清单 as a sheet, for reading: projects come from accepted proposals, not from a sheet. */
export const PROJECTS_SHEET: SheetSchema = {
  sheetName: '项目清单',
  columns: [
    text('id', '系统编号', 38),
    text('title', '项目名称', 26),
    text('community', '社区', 16),
    text('unit', '承接单位', 18),
    text('amount', '数量', 8),
    text('unit', '计量单位', 10),
    text('status', '状态', 8),
    text('createdAt', '立项时间', 17),
    text('startedAt', '开始时间', 17),
    text('completedAt', '完成时间', 17),
    text('participants', '参与党员（人）', 10),
    text('score', '评价平均分', 10),
  ],
};

/**
 * 导出项目清单: the projects the list shows for the same filters (every account reads the list);
 * who served is a count here, as the list shows it to everyone but the project's organisers.
 */
@Injectable()
export class ExportProjectsHandler {
  constructor(
    private readonly readModels: MatchingReadModels,
    private readonly directory: Directory,
    private readonly list: ListProjectsHandler,
  ) {}

  async execute(query: ExportProjectsQuery) {
    const refs = new OrgReferences(await this.directory.entries.find({}));
    return exportStream(
      {
        schema: PROJECTS_SHEET,
        pages: pagesOf(this.readModels.projects, await this.list.filter(query)),
        row: (p) => [
          p._id,
          p.title,
          refs.refOf(p.communityId),
          refs.refOf(p.unitId),
          p.quantity.amount,
          QUANTITY_UNITS[p.quantity.unit] ?? p.quantity.unit,
          PROJECT_STATUSES[p.status] ?? p.status,
          beijingTime(p.createdAt),
          beijingTime(p.startedAt),
          beijingTime(p.completedAt),
          p.participantMemberIds.length,
          p.meanScore,
        ],
      },
      excelJsSheetWriter,
    );
  }
}

@Controller('exports')
export class ExportProjectsController {
  constructor(private readonly handler: ExportProjectsHandler) {}

  /** The project list as .xlsx, with the list's filters (`?orgId=`, `?communityId=`, `?status=`…). */
  @ReturnsXlsx('the list as an .xlsx file, with the filters of the list')
  @Get('projects.xlsx')
  async export(@Query() query: ExportProjectsQuery) {
    return xlsxFile(await this.handler.execute(query), '项目清单');
  }
}
