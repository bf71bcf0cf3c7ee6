import { Controller, Get, Query } from '@nestjs/common';
import { IdParam, page, Returns } from '@gongjian/http';
import { ListServiceSitesHandler } from './list-service-sites.handler';
import { ListSitesQuery } from './list-service-sites.query';
import { SERVICE_SITE } from '../../resources';

@Controller('service-sites')
export class ListServiceSitesController {
  constructor(private readonly handler: ListServiceSitesHandler) {}

  /** Service sites, by organisation and current stars. */
  @Get()
  @Returns(page(SERVICE_SITE))
  list(@Query() query: ListSitesQuery) {
    return this.handler.list(query);
  }

  @Get(':id')
  @Returns(SERVICE_SITE)
  get(@IdParam() id: string) {
    return this.handler.get(id);
  }
}
