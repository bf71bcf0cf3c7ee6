import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, Returns } from '@gongjian/http';
import { OpenSiteDto } from './open-service-site.dto';
import { OpenServiceSiteHandler } from './open-service-site.handler';
import { SERVICE_SITE } from '../../resources';

@Controller('service-sites')
export class OpenServiceSiteController {
  constructor(private readonly handler: OpenServiceSiteHandler) {}

  /** Opens a 党群服务中心, 站 or 点 of an organisation. */
  @Post()
  @HttpCode(201)
  @Returns(SERVICE_SITE)
  open(@Body() dto: OpenSiteDto, @Command() context: CommandContext) {
    return this.handler.execute(dto, context);
  }
}
