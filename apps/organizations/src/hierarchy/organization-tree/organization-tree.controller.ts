import { Controller, Get } from '@nestjs/common';
import { IdParam, Returns } from '@gongjian/http';
import { OrganizationTreeHandler } from './organization-tree.handler';
import { ORGANIZATION_TREE } from '../../resources';

@Controller('organizations')
export class OrganizationTreeController {
  constructor(private readonly handler: OrganizationTreeHandler) {}

  /** The whole subtree, nested, with the units located in each organisation and their counts. */
  @Get(':id/tree')
  @Returns(ORGANIZATION_TREE)
  subtree(@IdParam() id: string) {
    return this.handler.subtree(id);
  }
}
