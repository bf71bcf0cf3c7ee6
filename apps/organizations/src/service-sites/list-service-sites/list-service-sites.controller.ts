import { Controller, Get, Query } from '@nestjs/common';
import { IdParam } from '@gongjian/http';
import { ListServiceSitesHandler } from './list-service-sites.handler';
import { ListSitesQuery } from './list-service-sites.query';

@Controller('service-sites')
export class ListServiceSitesController {
  constructor(private readonly handler: ListServiceSitesHandler) {}

  /** Service sites, by organisation and current stars. */
  @Get()
  list(@Query() query: ListSitesQuery) {
    return this.handler.list(query);
  }

  @Get(':id')
  get(@IdParam() id: string) {
    return this.handler.get(id);
  }
}
