import { Controller, Get } from '@nestjs/common';
import { IdParam } from '@gongjian/http';
import { OrganizationTreeHandler } from './organization-tree.handler';

@Controller('organizations')
export class OrganizationTreeController {
  constructor(private readonly handler: OrganizationTreeHandler) {}

  /** The whole subtree, nested, with the units located in each organisation and their counts. */
  @Get(':id/tree')
  subtree(@IdParam() id: string) {
    return this.handler.subtree(id);
  }
}
