import { Body, Controller, HttpCode, Injectable, Post } from '@nestjs/common';
import { chinaDay } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, IsIsoDay, Returns } from '@gongjian/http';
import { Commands } from '@gongjian/runtime';
import { assertDistrictAdmin } from '../../assessment.policy';
import { INDICATOR_SET, setResource } from '../../resources';
import { indicatorSetAggregate } from '../indicator-set.decider';
import { IndicatorSets } from '../sets';

export class PublishSetDto {
  /** YYYY-MM-DD: the first day of a period of the set's kind, today or later */
  @IsIsoDay() effectiveFrom: string;
}

/**
 * Publishes a draft with the day it takes effect: the periods starting then and after are computed
 * by it; the figures of earlier periods stay those of the set in force for them.
 */
@Injectable()
export class PublishSetHandler {
  private readonly sets;

  constructor(
    commands: Commands,
    private readonly known: IndicatorSets,
  ) {
    this.sets = commands.for(indicatorSetAggregate);
  }

  async execute(setId: string, dto: PublishSetDto, context: CommandContext) {
    assertDistrictAdmin(context.actor);
    const set = await this.known.get(setId);
    const lastEffectiveFrom = await this.known.lastEffectiveFrom(set.index);
    await this.sets.execute(
      setId,
      { type: 'PublishSet', effectiveFrom: dto.effectiveFrom, today: chinaDay(), lastEffectiveFrom },
      context,
    );
    return setResource(await this.known.get(setId));
  }
}

@Controller('assessment/indicator-sets')
export class PublishSetController {
  constructor(private readonly handler: PublishSetHandler) {}

  @Post(':id/publish')
  @HttpCode(200)
  @Returns(INDICATOR_SET)
  publish(@IdParam() id: string, @Body() dto: PublishSetDto, @Command() context: CommandContext) {
    return this.handler.execute(id, dto, context);
  }
}
