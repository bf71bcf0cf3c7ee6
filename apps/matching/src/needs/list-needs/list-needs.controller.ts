import { Controller, Get, Inject, NotFoundException, Param, Query } from '@nestjs/common';
import { CATEGORY_CODES, type Category, URGENCY_CODES, type Urgency } from '@gongjian/contracts';
import { PageQuery, paginate } from '@gongjian/http';
import { DOCUMENT_STORE, type DocumentStore, type Filter } from '@gongjian/read-models';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { MatchingTree } from '../../matching.tree';
import { NEED_STATUSES, type NeedStatus } from '../need.decider';
import { NEEDS_COLLECTION, type NeedDocument, toNeedResource } from '../needs.projection';

export class ListNeedsQuery extends PageQuery {
  @IsOptional()
  @IsString()
  @MaxLength(64)
  communityId?: string;

  @IsOptional()
  @IsIn(NEED_STATUSES)
  status?: NeedStatus;

  @IsOptional()
  @IsIn(CATEGORY_CODES)
  category?: Category;

  /** A street or district: needs of every community in its subtree. */
  @IsOptional()
  @IsString()
  @MaxLength(64)
  orgId?: string;

  @IsOptional()
  @IsIn(URGENCY_CODES)
  urgency?: Urgency;

  /** Words in the title, description or tags. */
  @IsOptional()
  @IsString()
  @MaxLength(50)
  q?: string;
}

/** Text search as a case-insensitive literal match (the user's text is escaped, never a regex). */
export function textFilter(q: string, fields: string[]): Filter {
  const pattern = q.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return { $or: fields.map((field) => ({ [field]: { $regex: pattern, $options: 'i' } })) };
}

@Controller('needs')
export class ListNeedsController {
  constructor(
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
    private readonly tree: MatchingTree,
  ) {}

  /** The need list, newest first, filtered by community or subtree, status, category, urgency, text. */
  @Get()
  async list(@Query() query: ListNeedsQuery) {
    const filter: Filter = await this.tree.communityFilter(query.orgId, query.communityId);
    if (query.status) filter.status = query.status;
    if (query.category) filter.category = query.category;
    if (query.urgency) filter.urgency = query.urgency;
    if (query.q?.trim()) Object.assign(filter, textFilter(query.q, ['title', 'description', 'tags']));
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
