import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import type { Actor } from '@gongjian/eventing';
import { exportStream, OrgReferences, pagesOf } from '@gongjian/spreadsheets';
import { excelJsSheetWriter } from '@gongjian/spreadsheets/exceljs.sheet-writer';
import { MatchingReadModels } from '../../read-models';
import { ListNeedsHandler } from '../list-needs/list-needs.handler';
import { needRow, NEEDS_SHEET } from '../needs.sheet';
import type { ExportNeedsQuery } from './export-needs.query';

/**
 * 导出需求清单: the needs the list shows for the same filters and reader (every account's, a grid
 * worker's own grids'), newest first, streamed page by page into an .xlsx that imports back as it is.
 */
@Injectable()
export class ExportNeedsHandler {
  constructor(
    private readonly readModels: MatchingReadModels,
    private readonly directory: Directory,
    private readonly list: ListNeedsHandler,
  ) {}

  async execute(query: ExportNeedsQuery, actor: Actor) {
    const filter = await this.list.filter(query, actor);
    const refs = new OrgReferences(await this.directory.entries.find({}));
    return exportStream(
      { schema: NEEDS_SHEET, pages: pagesOf(this.readModels.needs, filter), row: (need) => needRow(need, refs) },
      excelJsSheetWriter,
    );
  }
}
