import { Body, Controller, HttpCode, Injectable, Patch, Post } from '@nestjs/common';
import { type CommandContext, newId } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { Commands } from '@gongjian/runtime';
import { assertDistrictAdmin } from '../../assessment.policy';
import { INDICATOR_SET, setResource } from '../../resources';
import type { Indicator } from '../../scoring/indicator-set';
import { indicatorSetAggregate, type SetContent } from '../indicator-set.decider';
import { IndicatorSets } from '../sets';
import { DraftSetDto, SetContentDto } from './draft-set.dto';

const contentOf = (dto: SetContentDto): SetContent => ({
  name: dto.name.trim(),
  period: dto.period,
  indicators: dto.indicators.map((i): Indicator => ({
    measure: i.measure,
    category: i.category ?? null,
    weight: i.weight,
    cap: i.cap ?? null,
  })),
});

/** A district admin drafts an indicator set, and revises it while it is a draft. */
@Injectable()
export class DraftSetHandler {
  private readonly sets;

  constructor(
    commands: Commands,
    private readonly known: IndicatorSets,
  ) {
    this.sets = commands.for(indicatorSetAggregate);
  }

  async draft(dto: DraftSetDto, context: CommandContext) {
    assertDistrictAdmin(context.actor);
    const setId = newId(context);
    await this.sets.execute(setId, { type: 'DraftSet', set: { setId, index: dto.index, ...contentOf(dto) } }, context);
    return setResource(await this.known.get(setId));
  }

  async revise(setId: string, dto: SetContentDto, context: CommandContext) {
    assertDistrictAdmin(context.actor);
    await this.known.get(setId);
    await this.sets.execute(setId, { type: 'ReviseSet', content: contentOf(dto) }, context);
    return setResource(await this.known.get(setId));
  }
}

@Controller('assessment/indicator-sets')
export class DraftSetController {
  constructor(private readonly handler: DraftSetHandler) {}

  /** Drafts an indicator set: its index, indicators (measure, category, weight, cap) and period. */
  @Post()
  @HttpCode(201)
  @Returns(INDICATOR_SET)
  draft(@Body() dto: DraftSetDto, @Command() context: CommandContext) {
    return this.handler.draft(dto, context);
  }

  /** Revises a draft (a published set is never edited: 409). */
  @Patch(':id')
  @Returns(INDICATOR_SET)
  revise(@IdParam() id: string, @Body() dto: SetContentDto, @Command() context: CommandContext) {
    return this.handler.revise(id, dto, context);
  }
}
