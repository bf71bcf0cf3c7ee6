import { Injectable } from '@nestjs/common';
import { Directory, forbid, isAdmin } from '@gongjian/auth';
import type { Actor, CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import {
  check,
  type ImportKind,
  type ImportOptions,
  OrgReferences,
  RowKeys,
  type RowPlan,
  type RowProblem,
  runImport,
  type SheetRecord,
  type UploadedSheet,
  validateRow,
} from '@gongjian/spreadsheets';
import { readSheet } from '@gongjian/spreadsheets/sheet-files';
import { MatchingReadModels } from '../../read-models';
import { matchingImports } from '../../sheets/imports';
import { present, sameTags } from '../../sheets/columns';
import { EditNeedDto } from '../edit-need/edit-need.dto';
import { EditNeedHandler } from '../edit-need/edit-need.handler';
import { type NeedChanges, needAggregate, needDecider } from '../need.decider';
import type { NeedDocument } from '../needs.projection';
import { PostNeedDto } from '../post-need/post-need.dto';
import { PostNeedHandler } from '../post-need/post-need.handler';
import { NEEDS_SHEET } from '../needs.sheet';

type NeedRow = { kind: 'create'; dto: PostNeedDto } | { kind: 'update'; needId: string; dto: EditNeedDto };

/**
 * 导入需求清单: each row is a need posted by PostNeedHandler (the same DTO, checks and command as
 * `POST /needs`), or an edit of an existing one by EditNeedHandler. A row is the need of the
 * 系统编号 an export wrote, else of its 编码 in the community, else of its title in the community.
 */
@Injectable()
export class ImportNeedsHandler implements ImportKind<NeedRow> {
  readonly kind = 'needs';
  readonly schema = NEEDS_SHEET;
  private readonly imports;
  private readonly needs;

  constructor(
    commands: Commands,
    private readonly readModels: MatchingReadModels,
    private readonly directory: Directory,
    private readonly post: PostNeedHandler,
    private readonly edit: EditNeedHandler,
  ) {
    this.imports = commands.for(matchingImports);
    this.needs = commands.for(needAggregate);
  }

  execute(file: UploadedSheet, options: ImportOptions, context: CommandContext) {
    return runImport(this, file, options, context, this.imports, readSheet);
  }

  assertMayImport(actor: Actor): void {
    if (actor.role !== 'system' && !isAdmin(actor)) forbid('only administrators may do this');
  }

  async plan(records: SheetRecord[], actor: Actor): Promise<Array<RowPlan<NeedRow>>> {
    const refs = new OrgReferences(await this.directory.entries.find({}));
    const existing = new ExistingNeeds(await this.readModels.needs.find({}, { sort: { _id: 1 } }));
    const keys = new RowKeys();
    const plans: Array<RowPlan<NeedRow>> = [];
    for (const record of records) {
      const problems: RowProblem[] = [];
      const plan = await this.planRow(record, actor, refs, existing, keys, problems);
      plans.push(plan ?? { row: record.row, action: 'rejected', problems });
    }
    return plans;
  }

  private async planRow(
    { row, values: v }: SheetRecord,
    actor: Actor,
    refs: OrgReferences,
    existing: ExistingNeeds,
    keys: RowKeys,
    problems: RowProblem[],
  ): Promise<RowPlan<NeedRow> | null> {
    const community = v.community ? refs.resolve(String(v.community), ['community']) : null;
    if (community && 'problem' in community) problems.push({ field: 'communityId', message: community.problem });
    const communityId = community && 'entry' in community ? community.entry._id : undefined;
    let gridId: string | undefined;
    if (v.grid && communityId) {
      const grids = refs.named(String(v.grid), communityId, ['grid']);
      const grid = grids.length === 1 ? { entry: grids[0] } : refs.resolve(String(v.grid), ['grid']);
      if ('problem' in grid) problems.push({ field: 'gridId', message: grid.problem });
      else gridId = grid.entry._id;
    }
    const plain = present({
      communityId: communityId ?? (v.community ? undefined : null),
      gridId,
      title: v.title,
      description: v.description,
      category: v.category,
      tags: v.tags,
      quantity: present({ amount: v.amount, unit: v.quantityUnit }),
      window: present({ from: v.from, to: v.to }),
      urgency: v.urgency,
      code: v.code,
    });
    const validated = await validateRow(PostNeedDto, plain);
    if ('problems' in validated)
      problems.push(...validated.problems.filter((p) => p.field !== 'communityId' || !community));
    if (problems.length > 0 || !('dto' in validated) || !communityId) return null;
    const dto = validated.dto;
    const found = existing.find(v.id as string | null, dto);
    if ('problem' in found) return { row, action: 'rejected', problems: [found.problem] };
    const duplicate = keys.claim(
      [
        found.need ? `id:${found.need._id}` : null,
        dto.code ? `code:${communityId}:${dto.code}` : null,
        // titles repeat (two grids' 独居老人助餐): a title keys only a row with neither id nor code
        v.id || dto.code ? null : `title:${communityId}:${dto.title.trim()}`,
      ],
      row,
    );
    if (duplicate) return { row, action: 'rejected', problems: [duplicate] };
    if (found.need) return this.planUpdate(row, found.need, dto, actor);
    const now = new Date().toISOString();
    const refused =
      (await check('communityId', async () => {
        const details = await this.post.prepare(dto, { actor });
        needDecider.decide({ type: 'PostNeed', needId: 'import', details, now }, needDecider.initialState());
      })) ?? null;
    if (refused) return { row, action: 'rejected', problems: [refused] };
    return { row, action: 'create', payload: { kind: 'create', dto } };
  }

  /** A row of an existing need: unchanged, an edit (EditNeed, while open), or what no command changes. */
  private async planUpdate(row: number, need: NeedDocument, dto: PostNeedDto, actor: Actor): Promise<RowPlan<NeedRow>> {
    const fixed: RowProblem[] = [];
    if (need.communityId !== dto.communityId) fixed.push({ field: 'communityId', message: '已发布的需求不能改社区' });
    if ((need.gridId ?? undefined) !== dto.gridId) fixed.push({ field: 'gridId', message: '已发布的需求不能改网格' });
    if (need.category !== dto.category) fixed.push({ field: 'category', message: '已发布的需求不能改类别' });
    if (dto.code && need.code !== dto.code) fixed.push({ field: 'code', message: '编码与原有需求不一致' });
    if (fixed.length) return { row, action: 'rejected', problems: fixed };
    const changes: NeedChanges = {};
    if (need.title !== dto.title.trim()) changes.title = dto.title.trim();
    if (need.description !== (dto.description?.trim() ?? '')) changes.description = dto.description?.trim() ?? '';
    if (!sameTags(need.tags, dto.tags ?? [])) changes.tags = dto.tags ?? [];
    if (need.quantity.amount !== dto.quantity.amount || need.quantity.unit !== dto.quantity.unit)
      changes.quantity = { amount: dto.quantity.amount, unit: dto.quantity.unit };
    if (need.window.from !== dto.window.from || need.window.to !== dto.window.to)
      changes.window = { from: dto.window.from, to: dto.window.to };
    if (need.urgency !== dto.urgency) changes.urgency = dto.urgency;
    if (Object.keys(changes).length === 0) return { row, action: 'unchanged' };
    const refused = await check('id', async () => {
      await this.edit.authorize(need, { actor });
      const { state } = await this.needs.load(need._id);
      needDecider.decide({ type: 'EditNeed', changes, now: new Date().toISOString() }, state);
    });
    if (refused) return { row, action: 'rejected', problems: [refused] };
    return {
      row,
      action: 'update',
      payload: { kind: 'update', needId: need._id, dto: Object.assign(new EditNeedDto(), changes) },
    };
  }

  async apply(payload: NeedRow, context: CommandContext): Promise<void> {
    if (payload.kind === 'create') await this.post.execute(payload.dto, context);
    else await this.edit.execute(payload.needId, payload.dto, context);
  }
}

/** The needs a row may be: by id, by code within the community, by title within the community. */
class ExistingNeeds {
  private readonly byId = new Map<string, NeedDocument>();
  private readonly byCode = new Map<string, NeedDocument>();
  private readonly byTitle = new Map<string, NeedDocument[]>();

  constructor(needs: NeedDocument[]) {
    for (const need of needs) {
      this.byId.set(need._id, need);
      if (need.code) this.byCode.set(`${need.communityId}\0${need.code}`, need);
      const key = `${need.communityId}\0${need.title}`;
      this.byTitle.set(key, [...(this.byTitle.get(key) ?? []), need]);
    }
  }

  find(id: string | null, dto: PostNeedDto): { need: NeedDocument | null } | { problem: RowProblem } {
    if (id) {
      const need = this.byId.get(id);
      return need
        ? { need }
        : { problem: { field: 'id', message: `找不到系统编号为 ${id} 的需求：新增的行请留空系统编号` } };
    }
    if (dto.code) return { need: this.byCode.get(`${dto.communityId}\0${dto.code}`) ?? null };
    const namesakes = (this.byTitle.get(`${dto.communityId}\0${dto.title.trim()}`) ?? []).filter((n) => !n.code);
    if (namesakes.length <= 1) return { need: namesakes[0] ?? null };
    return {
      problem: { field: 'title', message: `本社区已有 ${namesakes.length} 条同名需求：请填写系统编号或编码以区分` },
    };
  }
}
