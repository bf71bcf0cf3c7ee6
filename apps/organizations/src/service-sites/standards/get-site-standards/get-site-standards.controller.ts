import { Controller, Get } from '@nestjs/common';
import { IdParam, Returns } from '@gongjian/http';
import { SITE_STANDARDS } from '../site-standards.resource';
import { GetSiteStandardsHandler } from './get-site-standards.handler';

@Controller('organizations')
export class GetSiteStandardsController {
  constructor(private readonly handler: GetSiteStandardsHandler) {}

  /** 星级考评标准 of the district at or above this organisation or unit: checklists, their versions, who gives which stars. */
  @Get(':id/site-standards')
  @Returns(SITE_STANDARDS)
  get(@IdParam() id: string) {
    return this.handler.of(id);
  }
}
