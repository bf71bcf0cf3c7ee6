import { Controller, Get, Param, Query } from '@nestjs/common';
import { IdParam } from '@gongjian/http';
import { ListByOrgQuery } from '../list-by-org.query';
import { ListRotationsHandler } from './list-rotations.handler';

@Controller('rotations')
export class ListRotationsController {
  constructor(private readonly handler: ListRotationsHandler) {}

  /** Rotations of an area: `orgId` is the organisation or anything under it. */
  @Get()
  listRotations(@Query() query: ListByOrgQuery) {
    return this.handler.list(query);
  }

  @Get(':orgId/:quarter')
  getRotation(@IdParam('orgId') orgId: string, @Param('quarter') quarter: string) {
    return this.handler.get(orgId, quarter);
  }
}
