import { Controller, Get, Query } from '@nestjs/common';
import { IdParam, page, Returns } from '@gongjian/http';
import { ListOrganizationsHandler } from './list-organizations.handler';
import { ListOrganizationsQuery } from './list-organizations.query';
import { ORGANIZATION } from '../../resources';

@Controller('organizations')
export class ListOrganizationsController {
  constructor(private readonly handler: ListOrganizationsHandler) {}

  /** Organisations (units apart), by kind and parent. */
  @Get()
  @Returns(page(ORGANIZATION))
  list(@Query() query: ListOrganizationsQuery) {
    return this.handler.list(query);
  }

  /** One organisation with its lineage, from the district down. */
  @Get(':id')
  @Returns(ORGANIZATION)
  get(@IdParam() id: string) {
    return this.handler.get(id);
  }
}
