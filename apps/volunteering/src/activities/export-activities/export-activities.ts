import { Controller, Get, Injectable, Query } from '@nestjs/common';
import { OmitType } from '@nestjs/swagger';
import { Directory } from '@gongjian/auth';
import { ACTIVITY_STATUSES, CATEGORIES } from '@gongjian/contracts';
import { exportStream, OrgReferences, pagesOf, type SheetSchema } from '@gongjian/spreadsheets';
import { excelJsSheetWriter } from '@gongjian/spreadsheets/exceljs.sheet-writer';
import { ReturnsXlsx, xlsxFile } from '@gongjian/spreadsheets/http';
import { VolunteeringReadModels } from '../../read-models';
import { activityStatus } from '../activity.resource';
import { ListActivitiesHandler } from '../list-activities/list-activities.handler';
import { ListActivitiesQuery } from '../list-activities/list-activities.query';

/** The filters of the activity list, without its paging. */
export class ExportActivitiesQuery extends OmitType(ListActivitiesQuery, ['limit', 'cursor'] as const) {}

const text = (key: string, header: string, width = 14) => ({
  key,
  header,
  type: 'text' as const,
  readOnly: true,
  width,
});

/** 志愿活动 as a sheet, for reading. */
export const ACTIVITIES_SHEET: SheetSchema = {
  sheetName: '志愿活动',
  columns: [
    text('id', '系统编号', 38),
    text('title', '活动名称', 24),
    text('org', '组织', 16),
    text('category', '类别', 10),
    text('place', '地点', 18),
    text('startsAt', '开始时间', 17),
    text('endsAt', '结束时间', 17),
    text('slots', '名额', 6),
    text('signedUp', '已报名（人）', 10),
    text('attended', '已出勤（人）', 10),
    text('hours', '服务时长合计（小时）', 12),
    text('status', '状态', 8),
  ],
};

/** YYYY-MM-DD HH:mm in China Standard Time. */
const beijingTime = (iso: string) => {
  const t = new Date(Date.parse(iso) + 8 * 3_600_000).toISOString();
  return `${t.slice(0, 10)} ${t.slice(11, 16)}`;
};

/**
 * 导出志愿活动: the activities the list shows for the same filters (readable by every account);
 * who signed up and attended are counts, as the list shows them to everyone but the organisers.
 */
@Injectable()
export class ExportActivitiesHandler {
  constructor(
    private readonly readModels: VolunteeringReadModels,
    private readonly directory: Directory,
    private readonly list: ListActivitiesHandler,
  ) {}

  async execute(query: ExportActivitiesQuery) {
    const refs = new OrgReferences(await this.directory.entries.find({}));
    const now = new Date().toISOString();
    return exportStream(
      {
        schema: ACTIVITIES_SHEET,
        pages: pagesOf(this.readModels.activities, await this.list.filter(query)),
        row: (a) => [
          a._id,
          a.title,
          refs.refOf(a.orgId),
          CATEGORIES[a.category] ?? a.category,
          a.place,
          beijingTime(a.startsAt),
          beijingTime(a.endsAt),
          a.slots,
          a.signedUp.length,
          a.attendance.length,
          a.attendance.reduce((sum, x) => sum + x.hours, 0),
          ACTIVITY_STATUSES[activityStatus(a, now)],
        ],
      },
      excelJsSheetWriter,
    );
  }
}

@Controller('exports')
export class ExportActivitiesController {
  constructor(private readonly handler: ExportActivitiesHandler) {}

  /** The activity list as .xlsx, with the list's filters (`?orgId=`, `?communityId=`, `?category=`, `?status=`). */
  @ReturnsXlsx('the list as an .xlsx file, with the filters of the list')
  @Get('activities.xlsx')
  async export(@Query() query: ExportActivitiesQuery) {
    return xlsxFile(await this.handler.execute(query), '志愿活动');
  }
}
