import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { assertAdminFor } from '@gongjian/auth';
import { type CommandContext, NotFound, newId } from '@gongjian/eventing';
import { Command, ID_MAX_LENGTH, PageQuery, paginate, IsId } from '@gongjian/http';
import { DOCUMENT_STORE, type DocumentStore, type Filter } from '@gongjian/read-models';
import { Runtime } from '@gongjian/runtime';
import { OrganizationsTree } from '../organizations.tree';
import { SITE_LEVELS, type SiteLevel, serviceSiteDecider, serviceSiteStreamId } from './service-site.decider';
import { SERVICE_SITES_COLLECTION, type ServiceSiteDocument, toSiteResource } from './service-sites.projection';

export class OpenSiteDto {
  @IsId()
  orgId: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @IsIn(Object.keys(SITE_LEVELS))
  level: SiteLevel;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  address?: string;
}

export class RateSiteDto {
  @IsInt()
  @Min(2000)
  year: number;

  @IsInt()
  @Min(1)
  @Max(5)
  stars: number;

  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason: string;
}

export class ListSitesQuery extends PageQuery {
  @IsOptional()
  @IsString()
  @MaxLength(ID_MAX_LENGTH)
  orgId?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(5)
  stars?: number;
}

/** Service sites and their yearly star rating (星级评定), rated by an admin above the site. */
@Controller('service-sites')
export class ServiceSitesController {
  constructor(
    private readonly runtime: Runtime,
    private readonly tree: OrganizationsTree,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
  ) {}

  private get sites() {
    return this.documents.collection<ServiceSiteDocument>(SERVICE_SITES_COLLECTION);
  }

  @Post()
  @HttpCode(201)
  async open(@Body() dto: OpenSiteDto, @Command() ctx: CommandContext) {
    const org = await this.tree.get(dto.orgId);
    if (org) await assertAdminFor(ctx.actor, org._id, this.tree);
    const siteId = newId(ctx);
    const command = {
      type: 'OpenServiceSite' as const,
      siteId,
      org: org && { id: org._id, kind: org.kind, status: org.status },
      name: dto.name.trim(),
      level: dto.level,
      address: dto.address?.trim() ?? '',
    };
    await this.runtime.execute(serviceSiteStreamId(siteId), serviceSiteDecider, command, ctx);
    return this.get(siteId);
  }

  /** The rater must be an admin of the organisation above the site's (a site does not rate itself). */
  @Post(':id/ratings')
  @HttpCode(200)
  async rate(@Param('id') id: string, @Body() dto: RateSiteDto, @Command() ctx: CommandContext) {
    const site = await this.get(id);
    const owner = await this.tree.get(site.orgId);
    await assertAdminFor(ctx.actor, owner?.parentId ?? site.orgId, this.tree);
    const command = {
      type: 'RateServiceSite' as const,
      year: dto.year,
      stars: dto.stars,
      reason: dto.reason.trim(),
      currentYear: new Date().getFullYear(),
    };
    await this.runtime.execute(serviceSiteStreamId(id), serviceSiteDecider, command, ctx);
    return this.get(id);
  }

  @Get()
  async list(@Query() query: ListSitesQuery) {
    const filter: Filter = {};
    if (query.orgId) filter.orgId = query.orgId;
    if (query.stars) filter.currentStars = query.stars;
    const page = await paginate(this.sites, filter, query);
    return { items: page.items.map(toSiteResource), nextCursor: page.nextCursor };
  }

  @Get(':id')
  async get(@Param('id') id: string) {
    const doc = await this.sites.get(id);
    if (!doc) throw new NotFound(`service site ${id} not found`);
    return toSiteResource(doc);
  }
}
