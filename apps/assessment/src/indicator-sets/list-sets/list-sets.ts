import { Controller, Get, Injectable, Query } from '@nestjs/common';
import { forbid } from '@gongjian/auth';
import { INDEX_KIND_CODES, type IndexKind } from '@gongjian/contracts';
import type { Actor, CommandContext } from '@gongjian/eventing';
import { Command, IdParam, list, Optional, Returns } from '@gongjian/http';
import { IsIn } from 'class-validator';
import { INDICATOR_SET, setResource } from '../../resources';
import { IndicatorSets, type KnownSet } from '../sets';

export class ListSetsQuery {
  @Optional() @IsIn(INDEX_KIND_CODES) index?: IndexKind;
}

/** Drafts are the district's; published sets are read by every account (a figure names its set). */
const seesDrafts = (actor: Actor) => actor.role === 'district_admin' || actor.role === 'system';

@Injectable()
export class ListSetsHandler {
  constructor(private readonly known: IndicatorSets) {}

  async list(query: ListSetsQuery, actor: Actor) {
    const sets = await this.known.all(query.index);
    return { items: sets.filter((s) => s.status === 'published' || seesDrafts(actor)).map(setResource) };
  }

  async get(setId: string, actor: Actor) {
    const set: KnownSet = await this.known.get(setId);
    if (set.status === 'draft' && !seesDrafts(actor)) forbid('a draft indicator set is the district’s');
    return setResource(set);
  }
}

@Controller('assessment/indicator-sets')
export class ListSetsController {
  constructor(private readonly handler: ListSetsHandler) {}

  /** The indicator sets, oldest first: the defaults, then those drafted (drafts: the district only). */
  @Get()
  @Returns(list(INDICATOR_SET))
  list(@Query() query: ListSetsQuery, @Command() context: CommandContext) {
    return this.handler.list(query, context.actor);
  }

  @Get(':id')
  @Returns(INDICATOR_SET)
  get(@IdParam() id: string, @Command() context: CommandContext) {
    return this.handler.get(id, context.actor);
  }
}
