import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { RateSiteDto } from './rate-service-site.dto';
import { RateServiceSiteHandler } from './rate-service-site.handler';
import { SERVICE_SITE } from '../../resources';

@Controller('service-sites')
export class RateServiceSiteController {
  constructor(private readonly handler: RateServiceSiteHandler) {}

  /** The yearly star rating (星级评定) of a site, once a year. */
  @Post(':id/ratings')
  @HttpCode(200)
  @Returns(SERVICE_SITE)
  rate(@IdParam() id: string, @Body() dto: RateSiteDto, @Command() context: CommandContext) {
    return this.handler.execute(id, dto, context);
  }
}
