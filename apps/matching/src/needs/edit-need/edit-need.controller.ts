import { Body, Controller, HttpCode, Inject, Param, Patch } from '@nestjs/common';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { assertAdminFor } from '@gongjian/auth';
import { URGENCY_CODES, type Urgency } from '@gongjian/contracts';
import { type CommandContext, NotFound } from '@gongjian/eventing';
import { Command } from '@gongjian/http';
import { DOCUMENT_STORE, type DocumentStore } from '@gongjian/read-models';
import { Runtime } from '@gongjian/runtime';
import { MatchingTree } from '../../matching.tree';
import { type NeedChanges, needDecider, needStreamId } from '../need.decider';
import { NEEDS_COLLECTION, type NeedDocument, toNeedResource } from '../needs.projection';
import { QuantityDto, WindowDto } from '../post-need/post-need.dto';

export class EditNeedDto {
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  title?: string;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(30, { each: true })
  tags?: string[];

  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => QuantityDto)
  quantity?: QuantityDto;

  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => WindowDto)
  window?: WindowDto;

  @IsOptional()
  @IsIn(URGENCY_CODES)
  urgency?: Urgency;
}

@Controller('needs')
export class EditNeedController {
  constructor(
    private readonly runtime: Runtime,
    private readonly tree: MatchingTree,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
  ) {}

  /** Edits a need while it is still open (nothing reserved); 409 afterwards. */
  @Patch(':id')
  @HttpCode(200)
  async edit(@Param('id') id: string, @Body() dto: EditNeedDto, @Command() ctx: CommandContext) {
    const needs = this.documents.collection<NeedDocument>(NEEDS_COLLECTION);
    const need = await needs.get(id);
    if (!need) throw new NotFound(`need ${id} not found`);
    await assertAdminFor(ctx.actor, need.communityId, this.tree);
    const changes: NeedChanges = {};
    if (dto.title !== undefined) changes.title = dto.title.trim();
    if (dto.description !== undefined) changes.description = dto.description.trim();
    if (dto.tags !== undefined) changes.tags = [...new Set(dto.tags.map((t) => t.trim()).filter(Boolean))];
    if (dto.quantity) changes.quantity = { amount: dto.quantity.amount, unit: dto.quantity.unit };
    if (dto.window) changes.window = { from: dto.window.from, to: dto.window.to };
    if (dto.urgency) changes.urgency = dto.urgency;
    await this.runtime.execute(
      needStreamId(id),
      needDecider,
      { type: 'EditNeed', changes, now: new Date().toISOString() },
      ctx,
    );
    return toNeedResource((await needs.get(id))!);
  }
}
