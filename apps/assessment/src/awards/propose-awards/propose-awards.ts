import { Body, Controller, HttpCode, Injectable, Post } from '@nestjs/common';
import { IsIn, IsInt, Max, Min } from 'class-validator';
import { Directory } from '@gongjian/auth';
import { AWARD_KIND_CODES, AWARD_KINDS, type AwardKind } from '@gongjian/contracts';
import { type CommandContext, DomainRuleViolation, newId } from '@gongjian/eventing';
import { Command, list, OptionalId, Returns } from '@gongjian/http';
import { Commands } from '@gongjian/runtime';
import { assertDistrictAdmin, inScope } from '../../assessment.policy';
import { History } from '../../figures/history';
import { orgOfSubject, Standings, yearFigures } from '../../figures/standings';
import { AssessmentReadModels } from '../../read-models';
import { AWARD, awardResource } from '../../resources';
import { subjectsOf } from '../../scoring/score';
import { awardAggregate } from '../award.decider';

export class ProposeAwardsDto {
  @IsIn(AWARD_KIND_CODES) kind: AwardKind;
  @IsInt() @Min(2000) @Max(2100) year: number;
  /** how many to propose: the first of the ranking */
  @IsInt() @Min(1) @Max(100) top: number;
  /** rank the subtree of this organisation (a street: its own 先锋党员); default: the whole district */
  @OptionalId() scopeOrgId?: string;
}

/**
 * 评优 proposals: the first `top` of a year's ranking (by the sets in force over that year) in a
 * scope, each recorded as a proposed award — once a subject, kind and year (a rejected one may be
 * proposed again). Nobody with an index of 0 is proposed.
 */
@Injectable()
export class ProposeAwardsHandler {
  private readonly awards;

  constructor(
    commands: Commands,
    private readonly history: History,
    private readonly standings: Standings,
    private readonly directory: Directory,
    private readonly readModels: AssessmentReadModels,
  ) {
    this.awards = commands.for(awardAggregate);
  }

  async execute(dto: ProposeAwardsDto, context: CommandContext) {
    assertDistrictAdmin(context.actor);
    const { index } = AWARD_KINDS[dto.kind];
    if (dto.scopeOrgId && !(await this.directory.get(dto.scopeOrgId)))
      throw new DomainRuleViolation(`no organisation ${dto.scopeOrgId}`, 'unknown_organization', {
        field: 'scopeOrgId',
      });
    const scope = dto.scopeOrgId
      ? new Set(await this.directory.subtreeIds(dto.scopeOrgId, { includeUnits: true }))
      : 'all';
    const tally = await this.history.tally();
    const subjects = subjectsOf(tally, index).filter((id) => inScope(scope, orgOfSubject(tally, index, id)));
    const sets = await this.standings.sets.all(index);
    const { ranked, setIds } = yearFigures(tally, sets, index, dto.year, subjects);
    const existing = await this.readModels.awards.find({ kind: dto.kind, year: dto.year, status: { $ne: 'rejected' } });
    const taken = new Set(existing.map((a) => a.subjectId));
    const chosen = ranked
      .filter((r) => r.index > 0)
      .slice(0, dto.top)
      .filter((r) => !taken.has(r.subjectId));
    const ids: string[] = [];
    for (const r of chosen) {
      const awardId = newId(context);
      const award = {
        awardId,
        kind: dto.kind,
        year: dto.year,
        subjectId: r.subjectId,
        subjectOrgId: orgOfSubject(tally, index, r.subjectId)!,
        scopeOrgId: dto.scopeOrgId ?? null,
        rank: r.rank,
        index: r.index,
        setIds,
      };
      await this.awards.execute(awardId, { type: 'ProposeAward', award }, context);
      ids.push(awardId);
    }
    const docs = ids.length ? await this.readModels.awards.find({ _id: { $in: ids } }, { sort: { rank: 1 } }) : [];
    const names = await this.standings.names(
      tally,
      index,
      docs.map((d) => d.subjectId),
    );
    return { items: docs.map((d) => awardResource(d, names.get(d.subjectId) ?? null)) };
  }
}

@Controller('assessment/awards')
export class ProposeAwardsController {
  constructor(private readonly handler: ProposeAwardsHandler) {}

  /** Proposes a year's awards of a kind from the ranking (201 with those proposed now, maybe none). */
  @Post()
  @HttpCode(201)
  @Returns(list(AWARD))
  propose(@Body() dto: ProposeAwardsDto, @Command() context: CommandContext) {
    return this.handler.execute(dto, context);
  }
}
