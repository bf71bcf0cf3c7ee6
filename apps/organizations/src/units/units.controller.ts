import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { assertAdminFor } from '@gongjian/auth';
import { UNIT_SECTOR_CODES, type UnitSector } from '@gongjian/contracts';
import { type CommandContext, NotFound, newId } from '@gongjian/eventing';
import { Command, ID_MAX_LENGTH, PageQuery, paginate, IsId } from '@gongjian/http';
import { DOCUMENT_STORE, type DocumentStore, type Filter } from '@gongjian/read-models';
import { Runtime } from '@gongjian/runtime';
import { OrganizationsTree, toOrgResource } from '../organizations.tree';
import { CONTRIBUTIONS_COLLECTION, type ContributionDocument, summarise } from './contributions.projection';
import { unitDecider, unitStreamId } from './unit.decider';

export class RegisterUnitDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @IsIn(UNIT_SECTOR_CODES)
  sector: UnitSector;

  @IsId()
  locatedIn: string;
}

export class ListUnitsQuery extends PageQuery {
  @IsOptional()
  @IsString()
  @MaxLength(ID_MAX_LENGTH)
  locatedIn?: string;

  @IsOptional()
  @IsIn(UNIT_SECTOR_CODES)
  sector?: UnitSector;
}

/** 驻区单位 and 社会组织, located in a community or street. */
@Controller('units')
export class UnitsController {
  constructor(
    private readonly runtime: Runtime,
    private readonly tree: OrganizationsTree,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
  ) {}

  @Post()
  @HttpCode(201)
  async register(@Body() dto: RegisterUnitDto, @Command() ctx: CommandContext) {
    const location = await this.tree.get(dto.locatedIn);
    if (location) await assertAdminFor(ctx.actor, location._id, this.tree);
    const unitId = newId(ctx);
    const command = {
      type: 'RegisterUnit' as const,
      unitId,
      name: dto.name.trim(),
      sector: dto.sector,
      location: location && { id: location._id, kind: location.kind, status: location.status },
    };
    await this.runtime.execute(unitStreamId(unitId), unitDecider, command, ctx);
    return this.get(unitId);
  }

  @Get()
  async list(@Query() query: ListUnitsQuery) {
    const filter: Filter = { kind: 'unit' };
    if (query.locatedIn) filter.parentId = query.locatedIn;
    if (query.sector) filter.sector = query.sector;
    const page = await paginate(this.tree.entries, filter, query);
    return { items: page.items.map(toOrgResource), nextCursor: page.nextCursor };
  }

  /** The unit's co-build record: completed projects with the residents' scores, and totals. */
  @Get(':id/contributions')
  async contributions(@Param('id') id: string, @Query() query: PageQuery) {
    await this.get(id);
    const collection = this.documents.collection<ContributionDocument>(CONTRIBUTIONS_COLLECTION);
    const page = await paginate(collection, { unitId: id }, query);
    const all = await collection.find({ unitId: id });
    return {
      unitId: id,
      totals: summarise(all),
      items: page.items.map(({ _id, version, ...rest }) => ({ ...rest, version })),
      nextCursor: page.nextCursor,
    };
  }

  @Get(':id')
  async get(@Param('id') id: string) {
    const unit = await this.tree.get(id);
    if (!unit || unit.kind !== 'unit') throw new NotFound(`unit ${id} not found`);
    return toOrgResource(unit);
  }
}
