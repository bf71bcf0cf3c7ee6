import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import { exportStream, OrgReferences, pagesOf } from '@gongjian/spreadsheets';
import { excelJsSheetWriter } from '@gongjian/spreadsheets/exceljs.sheet-writer';
import { MatchingReadModels } from '../../read-models';
import { ListOffersHandler } from '../list-offers/list-offers.handler';
import { offerRow, OFFERS_SHEET } from '../offers.sheet';
import type { ExportOffersQuery } from './export-offers.query';

/** 导出资源清单: the offers the list shows for the same filters, streamed into an .xlsx that imports back. */
@Injectable()
export class ExportOffersHandler {
  constructor(
    private readonly readModels: MatchingReadModels,
    private readonly directory: Directory,
    private readonly list: ListOffersHandler,
  ) {}

  async execute(query: ExportOffersQuery) {
    const refs = new OrgReferences(await this.directory.entries.find({}));
    return exportStream(
      {
        schema: OFFERS_SHEET,
        pages: pagesOf(this.readModels.offers, this.list.filter(query)),
        row: (o) => offerRow(o, refs),
      },
      excelJsSheetWriter,
    );
  }
}
