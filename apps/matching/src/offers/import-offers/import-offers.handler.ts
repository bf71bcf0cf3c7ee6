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
import { present, sameTags } from '../../sheets/columns';
import { matchingImports } from '../../sheets/imports';
import { EditOfferDto } from '../edit-offer/edit-offer.dto';
import { EditOfferHandler } from '../edit-offer/edit-offer.handler';
import { type OfferChanges, offerAggregate, offerDecider } from '../offer.decider';
import type { OfferDocument } from '../offers.projection';
import { OFFERS_SHEET } from '../offers.sheet';
import { PostOfferDto } from '../post-offer/post-offer.dto';
import { PostOfferHandler } from '../post-offer/post-offer.handler';

type OfferRow = { kind: 'create'; dto: PostOfferDto } | { kind: 'update'; offerId: string; dto: EditOfferDto };

/**
 * 导入资源清单: each row is an offer posted by PostOfferHandler (the DTO, checks and command of
 * `POST /offers`), or an edit of an existing one by EditOfferHandler. A row is the offer of the
 * 系统编号 an export wrote, else of its 编码 in the unit, else of its title in the unit.
 */
@Injectable()
export class ImportOffersHandler implements ImportKind<OfferRow> {
  readonly kind = 'offers';
  readonly schema = OFFERS_SHEET;
  private readonly imports;
  private readonly offers;

  constructor(
    commands: Commands,
    private readonly readModels: MatchingReadModels,
    private readonly directory: Directory,
    private readonly post: PostOfferHandler,
    private readonly edit: EditOfferHandler,
  ) {
    this.imports = commands.for(matchingImports);
    this.offers = commands.for(offerAggregate);
  }

  execute(file: UploadedSheet, options: ImportOptions, context: CommandContext) {
    return runImport(this, file, options, context, this.imports, readSheet);
  }

  assertMayImport(actor: Actor): void {
    if (actor.role !== 'system' && actor.role !== 'unit_contact' && !isAdmin(actor))
      forbid(`the role ${actor.role} may not do this`);
  }

  async plan(records: SheetRecord[], actor: Actor): Promise<Array<RowPlan<OfferRow>>> {
    const refs = new OrgReferences(await this.directory.entries.find({}));
    const existing = new ExistingOffers(await this.readModels.offers.find({}, { sort: { _id: 1 } }));
    const keys = new RowKeys();
    const plans: Array<RowPlan<OfferRow>> = [];
    for (const record of records) {
      const problems: RowProblem[] = [];
      plans.push(
        (await this.planRow(record, actor, refs, existing, keys, problems)) ?? {
          row: record.row,
          action: 'rejected',
          problems,
        },
      );
    }
    return plans;
  }

  private async planRow(
    { row, values: v }: SheetRecord,
    actor: Actor,
    refs: OrgReferences,
    existing: ExistingOffers,
    keys: RowKeys,
    problems: RowProblem[],
  ): Promise<RowPlan<OfferRow> | null> {
    const unit = v.unit ? refs.resolve(String(v.unit), ['unit']) : null;
    if (unit && 'problem' in unit) problems.push({ field: 'unitId', message: unit.problem });
    const unitId = unit && 'entry' in unit ? unit.entry._id : undefined;
    const area: string[] = [];
    for (const name of (v.serviceArea as string[] | null) ?? []) {
      const org = refs.resolve(name, ['district', 'street', 'community', 'grid', 'building']);
      if ('problem' in org) problems.push({ field: 'serviceArea', message: org.problem });
      else area.push(org.entry._id);
    }
    const plain = present({
      unitId,
      title: v.title,
      description: v.description,
      category: v.category,
      tags: v.tags,
      capacity: present({ amount: v.amount, unit: v.quantityUnit }),
      window: present({ from: v.from, to: v.to }),
      serviceArea: v.serviceArea ? area : undefined,
      code: v.code,
    });
    const validated = await validateRow(PostOfferDto, plain);
    if ('problems' in validated)
      problems.push(
        ...validated.problems.filter(
          (p) =>
            !(p.field === 'unitId' && unit) &&
            !(p.field.startsWith('serviceArea') && area.length < ((v.serviceArea as string[] | null)?.length ?? 0)),
        ),
      );
    if (problems.length > 0 || !('dto' in validated) || !unitId) return null;
    const dto = validated.dto;
    const found = existing.find(v.id as string | null, dto);
    if ('problem' in found) return { row, action: 'rejected', problems: [found.problem] };
    const duplicate = keys.claim(
      [
        found.offer ? `id:${found.offer._id}` : null,
        dto.code ? `code:${unitId}:${dto.code}` : null,
        // titles repeat (two grids' 独居老人助餐): a title keys only a row with neither id nor code
        v.id || dto.code ? null : `title:${unitId}:${dto.title.trim()}`,
      ],
      row,
    );
    if (duplicate) return { row, action: 'rejected', problems: [duplicate] };
    if (found.offer) return this.planUpdate(row, found.offer, dto, actor);
    const now = new Date().toISOString();
    const refused = await check('unitId', async () => {
      const details = await this.post.prepare(dto, { actor });
      offerDecider.decide({ type: 'PostOffer', offerId: 'import', details, now }, offerDecider.initialState());
    });
    if (refused) return { row, action: 'rejected', problems: [refused] };
    return { row, action: 'create', payload: { kind: 'create', dto } };
  }

  private async planUpdate(
    row: number,
    offer: OfferDocument,
    dto: PostOfferDto,
    actor: Actor,
  ): Promise<RowPlan<OfferRow>> {
    const fixed: RowProblem[] = [];
    if (offer.unitId !== dto.unitId) fixed.push({ field: 'unitId', message: '已发布的资源不能改提供单位' });
    if (offer.category !== dto.category) fixed.push({ field: 'category', message: '已发布的资源不能改类别' });
    if (dto.code && offer.code !== dto.code) fixed.push({ field: 'code', message: '编码与原有资源不一致' });
    if (fixed.length) return { row, action: 'rejected', problems: fixed };
    const changes: OfferChanges = {};
    if (offer.title !== dto.title.trim()) changes.title = dto.title.trim();
    if (offer.description !== (dto.description?.trim() ?? '')) changes.description = dto.description?.trim() ?? '';
    if (!sameTags(offer.tags, dto.tags ?? [])) changes.tags = dto.tags ?? [];
    if (offer.capacity.amount !== dto.capacity.amount || offer.capacity.unit !== dto.capacity.unit)
      changes.capacity = { amount: dto.capacity.amount, unit: dto.capacity.unit };
    if (offer.window.from !== dto.window.from || offer.window.to !== dto.window.to)
      changes.window = { from: dto.window.from, to: dto.window.to };
    if (!sameTags(offer.serviceArea, dto.serviceArea)) changes.serviceArea = dto.serviceArea;
    if (Object.keys(changes).length === 0) return { row, action: 'unchanged' };
    const refused = await check('id', async () => {
      await this.edit.authorize(offer, { actor });
      const { state } = await this.offers.load(offer._id);
      offerDecider.decide({ type: 'EditOffer', changes, now: new Date().toISOString() }, state);
    });
    if (refused) return { row, action: 'rejected', problems: [refused] };
    return {
      row,
      action: 'update',
      payload: { kind: 'update', offerId: offer._id, dto: Object.assign(new EditOfferDto(), changes) },
    };
  }

  async apply(payload: OfferRow, context: CommandContext): Promise<void> {
    if (payload.kind === 'create') await this.post.execute(payload.dto, context);
    else await this.edit.execute(payload.offerId, payload.dto, context);
  }
}

/** The offers a row may be: by id, by code within the unit, by title within the unit. */
class ExistingOffers {
  private readonly byId = new Map<string, OfferDocument>();
  private readonly byCode = new Map<string, OfferDocument>();
  private readonly byTitle = new Map<string, OfferDocument[]>();

  constructor(offers: OfferDocument[]) {
    for (const offer of offers) {
      this.byId.set(offer._id, offer);
      if (offer.code) this.byCode.set(`${offer.unitId}\0${offer.code}`, offer);
      const key = `${offer.unitId}\0${offer.title}`;
      this.byTitle.set(key, [...(this.byTitle.get(key) ?? []), offer]);
    }
  }

  find(id: string | null, dto: PostOfferDto): { offer: OfferDocument | null } | { problem: RowProblem } {
    if (id) {
      const offer = this.byId.get(id);
      return offer
        ? { offer }
        : { problem: { field: 'id', message: `找不到系统编号为 ${id} 的资源：新增的行请留空系统编号` } };
    }
    if (dto.code) return { offer: this.byCode.get(`${dto.unitId}\0${dto.code}`) ?? null };
    const namesakes = (this.byTitle.get(`${dto.unitId}\0${dto.title.trim()}`) ?? []).filter((o) => !o.code);
    if (namesakes.length <= 1) return { offer: namesakes[0] ?? null };
    return {
      problem: { field: 'title', message: `本单位已有 ${namesakes.length} 条同名资源：请填写系统编号或编码以区分` },
    };
  }
}
