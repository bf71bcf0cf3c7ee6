import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command } from '@gongjian/http';
import { DOCUMENT_STORE, type DocumentStore } from '@gongjian/read-models';
import { assertAdminFor } from '@gongjian/auth';
import { NotFound } from '@gongjian/eventing';
import { Runtime } from '@gongjian/runtime';
import { MatchingTree } from '../../matching.tree';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { needDecider, needStreamId } from '../need.decider';
import { NEEDS_COLLECTION, type NeedDocument, toNeedResource } from '../needs.projection';

export class CancelNeedDto {
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

@Controller('needs')
export class CancelNeedController {
  constructor(
    private readonly runtime: Runtime,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
    private readonly tree: MatchingTree,
  ) {}

  /** Withdraws a need from the list; matched or fulfilled needs cannot be cancelled (409). */
  @Post(':id/cancel')
  @HttpCode(200)
  async cancel(@Param('id') id: string, @Body() dto: CancelNeedDto, @Command() context: CommandContext) {
    const need = await this.documents.collection<NeedDocument>(NEEDS_COLLECTION).get(id);
    if (!need) throw new NotFound(`need ${id} not found`);
    await assertAdminFor(context.actor, need.communityId, this.tree);
    await this.runtime.execute(
      needStreamId(id),
      needDecider,
      { type: 'CancelNeed', reason: dto.reason ?? '' },
      context,
    );
    const doc = await this.documents.collection<NeedDocument>(NEEDS_COLLECTION).get(id);
    return toNeedResource(doc!);
  }
}
