import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { SITE_STANDARDS } from '../site-standards.resource';
import { EditSiteChecklistDto } from './edit-site-checklist.dto';
import { EditSiteChecklistHandler } from './edit-site-checklist.handler';

@Controller('organizations')
export class EditSiteChecklistController {
  constructor(private readonly handler: EditSiteChecklistHandler) {}

  /** A district edits the checklist of one site level (七个一, 五个一…): a new version. */
  @Post(':id/site-standards/checklists')
  @HttpCode(200)
  @Returns(SITE_STANDARDS)
  edit(@IdParam() id: string, @Body() dto: EditSiteChecklistDto, @Command() context: CommandContext) {
    return this.handler.execute(id, dto, context);
  }
}
