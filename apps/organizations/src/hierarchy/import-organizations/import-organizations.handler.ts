import { Injectable } from '@nestjs/common';
import { Directory, type DirectoryEntry, forbid, isAdmin } from '@gongjian/auth';
import { type OrgKind, PARENT_KIND } from '@gongjian/contracts';
import { type Actor, type CommandContext, DomainRuleViolation } from '@gongjian/eventing';
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
import { organizationImports } from '../../sheets/imports';
import { ORGANIZATIONS_SHEET } from '../../sheets/organizations.sheet';
import { MoveOrganizationHandler } from '../move-organization/move-organization.handler';
import { organizationAggregate, organizationDecider, type ParentFacts } from '../organization.decider';
import { parentFacts } from '../parent-facts';
import { RegisterOrganizationDto } from '../register-organization/register-organization.dto';
import { RegisterOrganizationHandler } from '../register-organization/register-organization.handler';
import { RenameOrganizationHandler } from '../rename-organization/rename-organization.handler';

/** A row's parent: an organisation that exists, or a row above it in the same sheet. */
type Parent = { id: string } | { row: number } | null;

type OrganizationRow =
  | { kind: 'create'; dto: RegisterOrganizationDto; parent: Parent; created: Map<number, string>; row: number }
  | { kind: 'update'; orgId: string; name?: string; parentId?: string };

const ORG_KINDS: DirectoryEntry['kind'][] = ['district', 'street', 'community', 'grid', 'building'];
const placeholder = (row: number) => `row:${row}`;

/**
 * 导入组织架构: each row is an organisation registered by RegisterOrganizationHandler (the DTO,
 * policy and command of `POST /organizations`), renamed or moved by their handlers when the row
 * names an existing one by 系统编号 or 编码 with another name or parent. A row without either is
 * the organisation of its name under its parent. A parent may be a row above in the same sheet:
 * the row is checked against it as it will be, and registered under the id it got.
 */
@Injectable()
export class ImportOrganizationsHandler implements ImportKind<OrganizationRow> {
  readonly kind = 'organizations';
  readonly schema = ORGANIZATIONS_SHEET;
  private readonly imports;
  private readonly organizations;

  constructor(
    commands: Commands,
    private readonly directory: Directory,
    private readonly register: RegisterOrganizationHandler,
    private readonly rename: RenameOrganizationHandler,
    private readonly move: MoveOrganizationHandler,
  ) {
    this.imports = commands.for(organizationImports);
    this.organizations = commands.for(organizationAggregate);
  }

  execute(file: UploadedSheet, options: ImportOptions, context: CommandContext) {
    return runImport(this, file, options, context, this.imports, readSheet);
  }

  assertMayImport(actor: Actor): void {
    if (actor.role !== 'system' && !isAdmin(actor)) forbid('only administrators may do this');
  }

  async plan(records: SheetRecord[], actor: Actor): Promise<Array<RowPlan<OrganizationRow>>> {
    const refs = new OrgReferences(await this.directory.entries.find({}));
    const keys = new RowKeys();
    const created = new Map<number, string>();
    const plans: Array<RowPlan<OrganizationRow>> = [];
    for (const record of records) {
      const problems: RowProblem[] = [];
      plans.push(
        (await this.planRow(record, actor, refs, keys, created, problems)) ?? {
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
    keys: RowKeys,
    created: Map<number, string>,
    problems: RowProblem[],
  ): Promise<RowPlan<OrganizationRow> | null> {
    const kind = v.kind as OrgKind | null;
    let parent: Parent = null;
    if (v.parent && kind) {
      const expected = PARENT_KIND[kind];
      const found = refs.resolve(String(v.parent), expected ? [expected] : ORG_KINDS);
      if ('problem' in found) problems.push({ field: 'parentId', message: found.problem });
      else
        parent = found.entry._id.startsWith('row:')
          ? { row: Number(found.entry._id.slice(4)) }
          : { id: found.entry._id };
    }
    const plain = {
      name: v.name ?? undefined,
      kind: kind ?? undefined,
      ...(parent ? { parentId: 'id' in parent ? parent.id : placeholder(parent.row) } : {}),
      ...(v.code ? { code: v.code } : {}),
    };
    const validated = await validateRow(RegisterOrganizationDto, plain);
    if ('problems' in validated) problems.push(...validated.problems);
    if (problems.length > 0 || !('dto' in validated)) return null;
    const dto = validated.dto;
    const parentId = dto.parentId ?? null;
    const existing = this.existing(v.id as string | null, dto, parentId, refs);
    if ('problem' in existing) return { row, action: 'rejected', problems: [existing.problem] };
    const duplicate = keys.claim(
      [
        existing.entry ? `id:${existing.entry._id}` : null,
        dto.code ? `code:${dto.code}` : null,
        `name:${parentId}:${dto.name.trim()}`,
      ],
      row,
    );
    if (duplicate) return { row, action: 'rejected', problems: [duplicate] };
    if (existing.entry) return this.planUpdate(row, existing.entry, dto, parent, actor);
    const refused = await check('parentId', async () => {
      const facts = await this.parentOf(parent, refs);
      await this.register.authorize(await this.authority(parent, refs), { actor });
      if (dto.code && refs.withCode(dto.code, ORG_KINDS).length > 0)
        throw new DomainRuleViolation(`the code ${dto.code} is already used`, 'code_taken', { field: 'code' });
      organizationDecider.decide(
        { type: 'RegisterOrganization', orgId: placeholder(row), name: dto.name.trim(), kind: dto.kind, parent: facts },
        organizationDecider.initialState(),
      );
    });
    if (refused) return { row, action: 'rejected', problems: [refused] };
    refs.add({
      _id: placeholder(row),
      version: 0,
      name: dto.name.trim(),
      kind: dto.kind,
      parentId: parent ? ('id' in parent ? parent.id : placeholder(parent.row)) : null,
      status: 'active',
      registeredAt: '',
      ...(dto.code ? { code: dto.code } : {}),
    });
    return { row, action: 'create', payload: { kind: 'create', dto, parent, created, row } };
  }

  /** The organisation a row is: by 系统编号, by 编码, else by name under its (existing) parent. */
  private existing(
    id: string | null,
    dto: RegisterOrganizationDto,
    parentId: string | null,
    refs: OrgReferences,
  ): { entry: DirectoryEntry | null } | { problem: RowProblem } {
    if (id) {
      const entry = refs.get(id);
      if (!entry || entry.kind === 'unit' || id.startsWith('row:'))
        return { problem: { field: 'id', message: `找不到系统编号为 ${id} 的组织：新增的行请留空系统编号` } };
      return { entry };
    }
    if (dto.code) {
      const coded = refs.withCode(dto.code, ORG_KINDS).filter((e) => !e._id.startsWith('row:'));
      if (coded.length > 0) return { entry: coded[0] };
    }
    const named = refs.named(dto.name, parentId, [dto.kind]).filter((e) => !e._id.startsWith('row:'));
    return { entry: named.find((e) => e.status === 'active') ?? named[0] ?? null };
  }

  /** A row of an existing organisation: unchanged, renamed, moved — the level and the code never change. */
  private async planUpdate(
    row: number,
    org: DirectoryEntry,
    dto: RegisterOrganizationDto,
    parent: Parent,
    actor: Actor,
  ): Promise<RowPlan<OrganizationRow>> {
    if (org.kind !== dto.kind)
      return { row, action: 'rejected', problems: [{ field: 'kind', message: '组织的层级不能修改' }] };
    if (dto.code && org.code && org.code !== dto.code)
      return { row, action: 'rejected', problems: [{ field: 'code', message: '编码与原有组织不一致' }] };
    const name = org.name !== dto.name.trim() ? dto.name.trim() : undefined;
    if (parent && 'row' in parent)
      return {
        row,
        action: 'rejected',
        problems: [{ field: 'parentId', message: '已有组织只能移到已有的上级组织下' }],
      };
    const parentId = parent && parent.id !== org.parentId ? parent.id : undefined;
    if (!name && !parentId) return { row, action: 'unchanged' };
    const refused = await check('id', async () => {
      const { state } = await this.organizations.load(org._id);
      if (name) organizationDecider.decide({ type: 'RenameOrganization', name }, state);
      if (parentId) {
        const newParent = await parentFacts(this.directory, parentId);
        await this.register.authorize(parentId, { actor });
        organizationDecider.decide({ type: 'MoveOrganization', newParent }, state);
      }
      await this.register.authorize(org._id, { actor });
    });
    if (refused) return { row, action: 'rejected', problems: [refused] };
    return { row, action: 'update', payload: { kind: 'update', orgId: org._id, name, parentId } };
  }

  /** The parent as the decider takes it: one that exists, or a row above as it will be (active). */
  private async parentOf(parent: Parent, refs: OrgReferences): Promise<ParentFacts | null> {
    if (!parent) return null;
    if ('id' in parent) return parentFacts(this.directory, parent.id);
    const entry = refs.get(placeholder(parent.row))!;
    const above = entry.parentId ? await this.parentOf(this.parentRef(entry.parentId), refs) : null;
    return {
      id: entry._id,
      kind: entry.kind as OrgKind,
      status: 'active',
      lineage: [...(above?.lineage ?? []), entry._id],
    };
  }

  /** Whom the policy asks about a row's registration: its parent, or the nearest existing ancestor of a parent still to come. */
  private async authority(parent: Parent, refs: OrgReferences): Promise<string | null> {
    if (!parent) return null;
    if ('id' in parent) return parent.id;
    const entry = refs.get(placeholder(parent.row))!;
    return entry.parentId ? this.authority(this.parentRef(entry.parentId), refs) : null;
  }

  private parentRef(id: string): Parent {
    return id.startsWith('row:') ? { row: Number(id.slice(4)) } : { id };
  }

  async apply(payload: OrganizationRow, context: CommandContext): Promise<void> {
    if (payload.kind === 'update') {
      if (payload.name) await this.rename.execute(payload.orgId, { name: payload.name }, context);
      if (payload.parentId) await this.move.execute(payload.orgId, { parentId: payload.parentId }, context);
      return;
    }
    const { parent, created } = payload;
    const parentId = parent ? ('id' in parent ? parent.id : created.get(parent.row)) : undefined;
    const org = await this.register.execute(
      Object.assign(new RegisterOrganizationDto(), payload.dto, { parentId }),
      context,
    );
    created.set(payload.row, org.id);
  }
}
