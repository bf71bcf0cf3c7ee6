import { Inject, Injectable } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { DOCUMENT_STORE, type DocumentStore } from '@gongjian/read-models';
import { Runtime } from '@gongjian/runtime';
import { v7 as uuidv7 } from 'uuid';
import { needDecider, needStreamId } from '../need.decider';
import { NEEDS_COLLECTION, type NeedDocument, toNeedResource } from '../needs.projection';
import type { PostNeedDto } from './post-need.dto';

@Injectable()
export class PostNeedHandler {
  constructor(
    private readonly runtime: Runtime,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
  ) {}

  async execute(dto: PostNeedDto, context: CommandContext) {
    const needId = uuidv7();
    await this.runtime.execute(
      needStreamId(needId),
      needDecider,
      {
        type: 'PostNeed',
        needId,
        now: new Date().toISOString(),
        details: {
          communityId: dto.communityId,
          gridId: dto.gridId ?? null,
          title: dto.title.trim(),
          description: dto.description?.trim() ?? '',
          category: dto.category,
          tags: [...new Set((dto.tags ?? []).map((t) => t.trim()).filter(Boolean))],
          quantity: { amount: dto.quantity.amount, unit: dto.quantity.unit },
          window: { from: dto.window.from, to: dto.window.to },
          urgency: dto.urgency,
        },
      },
      context,
    );
    const doc = await this.documents.collection<NeedDocument>(NEEDS_COLLECTION).get(needId);
    return toNeedResource(doc!);
  }
}
