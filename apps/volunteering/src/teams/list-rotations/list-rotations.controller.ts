import { Controller, Get, Query } from '@nestjs/common';
import { IdParam, page, PatternParam, Returns } from '@gongjian/http';
import { ListByOrgQuery } from '../list-by-org.query';
import { ListRotationsHandler } from './list-rotations.handler';
import { ROTATION } from '../../resources';

@Controller('rotations')
export class ListRotationsController {
  constructor(private readonly handler: ListRotationsHandler) {}

  /** Rotations of an area: `orgId` is the organisation or anything under it. */
  @Get()
  @Returns(page(ROTATION))
  listRotations(@Query() query: ListByOrgQuery) {
    return this.handler.list(query);
  }

  @Get(':orgId/:quarter')
  @Returns(ROTATION)
  getRotation(
    @IdParam('orgId') orgId: string,
    @PatternParam('quarter', /^\d{4}Q[1-4]$/, 'quarter must look like 2027Q1') quarter: string,
  ) {
    return this.handler.get(orgId, quarter);
  }
}
