import { Injectable } from '@nestjs/common';
import { Directory, type DirectoryEntry, forbid, isAdmin } from '@gongjian/auth';
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
import { organizationImports } from '../../sheets/imports';
import { UNITS_SHEET } from '../../sheets/organizations.sheet';
import { RegisterUnitDto } from '../register-unit/register-unit.dto';
import { RegisterUnitHandler } from '../register-unit/register-unit.handler';
import { unitDecider } from '../unit.decider';

/**
 * 导入驻区单位: each row is a unit registered by RegisterUnitHandler (the DTO, policy and command
 * of `POST /units`). A row is the unit of its 系统编号, else of its 编码, else of its name in its
 * location. A unit has no edit command: a row that differs from its unit is rejected, naming what.
 */
@Injectable()
export class ImportUnitsHandler implements ImportKind<RegisterUnitDto> {
  readonly kind = 'units';
  readonly schema = UNITS_SHEET;
  private readonly imports;

  constructor(
    commands: Commands,
    private readonly directory: Directory,
    private readonly register: RegisterUnitHandler,
  ) {
    this.imports = commands.for(organizationImports);
  }

  execute(file: UploadedSheet, options: ImportOptions, context: CommandContext) {
    return runImport(this, file, options, context, this.imports, readSheet);
  }

  assertMayImport(actor: Actor): void {
    if (actor.role !== 'system' && !isAdmin(actor)) forbid('only administrators may do this');
  }

  async plan(records: SheetRecord[], actor: Actor): Promise<Array<RowPlan<RegisterUnitDto>>> {
    const refs = new OrgReferences(await this.directory.entries.find({}));
    const keys = new RowKeys();
    const plans: Array<RowPlan<RegisterUnitDto>> = [];
    for (const { row, values: v } of records) {
      const problems: RowProblem[] = [];
      const location = v.locatedIn ? refs.resolve(String(v.locatedIn), ['community', 'street']) : null;
      if (location && 'problem' in location) problems.push({ field: 'locatedIn', message: location.problem });
      const plain = {
        name: v.name ?? undefined,
        sector: v.sector ?? undefined,
        locatedIn: location && 'entry' in location ? location.entry._id : undefined,
        ...(v.code ? { code: v.code } : {}),
      };
      const validated = await validateRow(RegisterUnitDto, plain);
      if ('problems' in validated)
        problems.push(...validated.problems.filter((p) => !(p.field === 'locatedIn' && location)));
      if (problems.length > 0 || !('dto' in validated)) {
        plans.push({ row, action: 'rejected', problems });
        continue;
      }
      plans.push(await this.planRow(row, v.id as string | null, validated.dto, actor, refs, keys));
    }
    return plans;
  }

  private async planRow(
    row: number,
    id: string | null,
    dto: RegisterUnitDto,
    actor: Actor,
    refs: OrgReferences,
    keys: RowKeys,
  ): Promise<RowPlan<RegisterUnitDto>> {
    let unit: DirectoryEntry | null = null;
    if (id) {
      unit = refs.get(id) ?? null;
      if (!unit || unit.kind !== 'unit')
        return {
          row,
          action: 'rejected',
          problems: [{ field: 'id', message: `找不到系统编号为 ${id} 的单位：新增的行请留空系统编号` }],
        };
    } else if (dto.code) unit = refs.withCode(dto.code, ['unit'])[0] ?? null;
    unit ??= refs.named(dto.name, dto.locatedIn, ['unit'])[0] ?? null;
    const duplicate = keys.claim(
      [
        unit ? `id:${unit._id}` : null,
        dto.code ? `code:${dto.code}` : null,
        `name:${dto.locatedIn}:${dto.name.trim()}`,
      ],
      row,
    );
    if (duplicate) return { row, action: 'rejected', problems: [duplicate] };
    if (unit) {
      const differs: RowProblem[] = [];
      const message = (what: string) => `单位的${what}不能通过导入修改（没有修改单位的命令）`;
      if (unit.name !== dto.name.trim()) differs.push({ field: 'name', message: message('名称') });
      if (unit.sector !== dto.sector) differs.push({ field: 'sector', message: message('类别') });
      if (unit.parentId !== dto.locatedIn) differs.push({ field: 'locatedIn', message: message('所在社区或街道') });
      if (dto.code && unit.code && unit.code !== dto.code)
        differs.push({ field: 'code', message: '编码与原有单位不一致' });
      return differs.length ? { row, action: 'rejected', problems: differs } : { row, action: 'unchanged' };
    }
    const refused = await check('locatedIn', async () => {
      const command = await this.register.prepare(dto, { actor, correlationId: 'import' });
      unitDecider.decide(command, unitDecider.initialState());
    });
    if (refused) return { row, action: 'rejected', problems: [refused] };
    return { row, action: 'create', payload: dto };
  }

  async apply(dto: RegisterUnitDto, context: CommandContext): Promise<void> {
    await this.register.execute(dto, context);
  }
}
