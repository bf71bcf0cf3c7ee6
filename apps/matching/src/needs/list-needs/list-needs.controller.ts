import { Controller, Get, Inject, NotFoundException, Param, Query } from '@nestjs/common';
import { CATEGORY_CODES, type Category } from '@gongjian/contracts';
import { PageQuery, paginate } from '@gongjian/http';
import { DOCUMENT_STORE, type DocumentStore, type Filter } from '@gongjian/read-models';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import type { NeedStatus } from '../need.decider';
import { NEEDS_COLLECTION, type NeedDocument, toNeedResource } from '../needs.projection';

const STATUSES: NeedStatus[] = ['open', 'partially_matched', 'matched', 'fulfilled', 'cancelled'];

export class ListNeedsQuery extends PageQuery {
  @IsOptional()
  @IsString()
  @MaxLength(64)
  communityId?: string;

  @IsOptional()
  @IsIn(STATUSES)
  status?: NeedStatus;

  @IsOptional()
  @IsIn(CATEGORY_CODES)
  category?: Category;
}

@Controller('needs')
export class ListNeedsController {
  constructor(@Inject(DOCUMENT_STORE) private readonly documents: DocumentStore) {}

  /** The need list, newest first, filtered by community, status and category. */
  @Get()
  async list(@Query() query: ListNeedsQuery) {
    const filter: Filter = {};
    if (query.communityId) filter.communityId = query.communityId;
    if (query.status) filter.status = query.status;
    if (query.category) filter.category = query.category;
    const page = await paginate(this.documents.collection<NeedDocument>(NEEDS_COLLECTION), filter, query);
    return { items: page.items.map(toNeedResource), nextCursor: page.nextCursor };
  }

  @Get(':id')
  async get(@Param('id') id: string) {
    const doc = await this.documents.collection<NeedDocument>(NEEDS_COLLECTION).get(id);
    if (!doc) throw new NotFoundException({ statusCode: 404, error: 'not_found', message: `need ${id} not found` });
    return toNeedResource(doc);
  }
}
