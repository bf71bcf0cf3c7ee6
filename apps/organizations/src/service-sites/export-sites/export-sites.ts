import { Controller, Get, Injectable, Query } from '@nestjs/common';
import { OmitType } from '@nestjs/swagger';
import { Directory } from '@gongjian/auth';
import { exportStream, OrgReferences, pagesOf, type SheetSchema } from '@gongjian/spreadsheets';
import { excelJsSheetWriter } from '@gongjian/spreadsheets/exceljs.sheet-writer';
import { ReturnsXlsx, xlsxFile } from '@gongjian/spreadsheets/http';
import { OrganizationsReadModels } from '../../read-models';
import { ListServiceSitesHandler } from '../list-service-sites/list-service-sites.handler';
import { ListSitesQuery } from '../list-service-sites/list-service-sites.query';
import { SITE_LEVELS } from '../service-site.decider';
import type { ServiceSiteDocument } from '../service-sites.projection';

/** The filters of the service-site list, without its paging. */
export class ExportSitesQuery extends OmitType(ListSitesQuery, ['limit', 'cursor'] as const) {}

const text = (key: string, header: string, width = 14) => ({
  key,
  header,
  type: 'text' as const,
  readOnly: true,
  width,
});

/** 阵地 as a sheet: for reading (sites are opened and rated in the console, not imported). */
export const SITES_SHEET: SheetSchema = {
  sheetName: '党群服务阵地',
  columns: [
    text('id', '系统编号', 38),
    text('name', '名称', 24),
    text('level', '级别', 12),
    text('org', '所属组织', 18),
    text('units', '运营单位', 24),
    text('address', '地址', 30),
    text('stars', '当前星级', 10),
    text('ratings', '历年评星', 40),
  ],
};

/** A year's rating in a cell: its stars, its reason, and how many items of which checklist version it met. */
const ratingText = (r: ServiceSiteDocument['ratings'][number]) => {
  const items = r.checklist
    ? `，达标${r.items.filter((i) => i.met).length}/${r.items.length}项（清单第${r.checklist.version}版）`
    : '';
  return `${r.year}年 ${r.stars}星${r.reason ? `（${r.reason}${items}）` : ''}`;
};

/** 导出阵地: the sites the list shows for the same filters, with their yearly ratings. */
@Injectable()
export class ExportSitesHandler {
  constructor(
    private readonly readModels: OrganizationsReadModels,
    private readonly directory: Directory,
    private readonly list: ListServiceSitesHandler,
  ) {}

  async execute(query: ExportSitesQuery) {
    const refs = new OrgReferences(await this.directory.entries.find({}));
    return exportStream(
      {
        schema: SITES_SHEET,
        pages: pagesOf(this.readModels.serviceSites, await this.list.filter(query)),
        row: (site) => [
          site._id,
          site.name,
          SITE_LEVELS[site.level] ?? site.level,
          refs.refOf(site.orgId),
          (site.unitIds ?? []).map((u) => refs.refOf(u)).join('、'), // none in a document folded before issue 20
          site.address,
          site.currentStars,
          site.ratings.map(ratingText).join('；'),
        ],
      },
      excelJsSheetWriter,
    );
  }
}

@Controller('exports')
export class ExportSitesController {
  constructor(private readonly handler: ExportSitesHandler) {}

  /** The service sites as .xlsx (`?orgId=`, `?stars=`). */
  @ReturnsXlsx('the list as an .xlsx file, with the filters of the list')
  @Get('sites.xlsx')
  async export(@Query() query: ExportSitesQuery) {
    return xlsxFile(await this.handler.execute(query), '党群服务阵地');
  }
}
