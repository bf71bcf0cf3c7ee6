import { Controller, Get, Query } from '@nestjs/common';
import { ReturnsXlsx, xlsxFile } from '@gongjian/spreadsheets/http';
import { ExportOffersHandler } from './export-offers.handler';
import { ExportOffersQuery } from './export-offers.query';

@Controller('exports')
export class ExportOffersController {
  constructor(private readonly handler: ExportOffersHandler) {}

  /** The resource list as .xlsx, with the list's filters (`?unitId=`, `?status=`, `?category=`, `?q=`). */
  @ReturnsXlsx('the list as an .xlsx file, with the filters of the list')
  @Get('offers.xlsx')
  async export(@Query() query: ExportOffersQuery) {
    return xlsxFile(await this.handler.execute(query), '资源清单');
  }
}
