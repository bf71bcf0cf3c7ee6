import { Controller, Get, Query } from '@nestjs/common';
import { IdParam } from '@gongjian/http';
import { ListOrganizationsHandler } from './list-organizations.handler';
import { ListOrganizationsQuery } from './list-organizations.query';

@Controller('organizations')
export class ListOrganizationsController {
  constructor(private readonly handler: ListOrganizationsHandler) {}

  /** Organisations (units apart), by kind and parent. */
  @Get()
  list(@Query() query: ListOrganizationsQuery) {
    return this.handler.list(query);
  }

  /** One organisation with its lineage, from the district down. */
  @Get(':id')
  get(@IdParam() id: string) {
    return this.handler.get(id);
  }
}
