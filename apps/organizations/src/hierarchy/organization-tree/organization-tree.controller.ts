import { Controller, Get, Param } from '@nestjs/common';
import { OrganizationTreeHandler } from './organization-tree.handler';

@Controller('organizations')
export class OrganizationTreeController {
  constructor(private readonly handler: OrganizationTreeHandler) {}

  /** The whole subtree, nested, with the units located in each organisation and their counts. */
  @Get(':id/tree')
  subtree(@Param('id') id: string) {
    return this.handler.subtree(id);
  }
}
