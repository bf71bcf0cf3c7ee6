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
import { accessTo } from '../../members.policy';
import { MembersReadModels } from '../../read-models';
import { memberImports } from '../../sheets/imports';
import { MEMBERS_SHEET } from '../../sheets/members.sheet';
import { MemberViews } from '../member-views';
import type { MemberDocument } from '../members.projection';
import { RegisterMemberDto } from '../register-member/register-member.dto';
import { RegisterMemberHandler } from '../register-member/register-member.handler';
import { BRANCH_KINDS } from '../member.decider';

/**
 * 导入党员名册: each new row is a member registered by RegisterMemberHandler (the DTO, the policy,
 * the sealing of personal data and the command of `POST /members`). A row is the member of its
 * 系统编号, else of its 编码, else of its name in its branch. A member record has no edit command
 * (a transfer and a status change are their own two-sided steps): a row that differs from its
 * member is rejected, naming the fields; blank cells of an existing member are not compared.
 */
@Injectable()
export class ImportMembersHandler implements ImportKind<RegisterMemberDto> {
  readonly kind = 'members';
  readonly schema = MEMBERS_SHEET;
  private readonly imports;

  constructor(
    commands: Commands,
    private readonly readModels: MembersReadModels,
    private readonly directory: Directory,
    private readonly register: RegisterMemberHandler,
    private readonly views: MemberViews,
  ) {
    this.imports = commands.for(memberImports);
  }

  execute(file: UploadedSheet, options: ImportOptions, context: CommandContext) {
    return runImport(this, file, options, context, this.imports, readSheet);
  }

  assertMayImport(actor: Actor): void {
    if (actor.role !== 'system' && !isAdmin(actor)) forbid('only administrators manage members');
  }

  async plan(records: SheetRecord[], actor: Actor): Promise<Array<RowPlan<RegisterMemberDto>>> {
    const refs = new OrgReferences(await this.directory.entries.find({}));
    const members = await this.readModels.members.find({}, { sort: { _id: 1 } });
    const byId = new Map(members.map((m) => [m._id, m]));
    const byCode = new Map(members.filter((m) => m.code).map((m) => [m.code!, m]));
    const byName = new Map<string, MemberDocument[]>();
    for (const m of members)
      byName.set(`${m.branchId}\0${m.name}`, [...(byName.get(`${m.branchId}\0${m.name}`) ?? []), m]);
    const keys = new RowKeys();
    const plans: Array<RowPlan<RegisterMemberDto>> = [];
    for (const { row, values: v } of records) {
      const problems: RowProblem[] = [];
      const branch = v.branch ? refs.resolve(String(v.branch), BRANCH_KINDS) : null;
      if (branch && 'problem' in branch) problems.push({ field: 'branchId', message: branch.problem });
      const employer = v.employer ? refs.resolve(String(v.employer), ['unit']) : null;
      if (employer && 'problem' in employer) problems.push({ field: 'employerUnitId', message: employer.problem });
      const branchId = branch && 'entry' in branch ? branch.entry._id : undefined;
      const plain = present({
        name: v.name,
        phone: v.phone,
        idNumber: v.idNumber,
        address: v.address,
        branchId,
        joinedPartyOn: v.joinedPartyOn,
        employerUnitId: employer && 'entry' in employer ? employer.entry._id : undefined,
        code: v.code,
      });
      let member: MemberDocument | undefined;
      if (v.id) {
        member = byId.get(String(v.id));
        if (!member)
          problems.push({ field: 'id', message: `找不到系统编号为 ${String(v.id)} 的党员：新增的行请留空系统编号` });
      } else if (plain.code) member = byCode.get(String(plain.code));
      if (!member && !v.id && branchId && plain.name) {
        const namesakes = byName.get(`${branchId}\0${String(plain.name).trim()}`) ?? [];
        if (namesakes.length > 1)
          problems.push({
            field: 'name',
            message: `本支部有 ${namesakes.length} 名同名党员：请填写系统编号或编码以区分`,
          });
        member = namesakes[0];
      }
      if (problems.length > 0) {
        plans.push({ row, action: 'rejected', problems });
        continue;
      }
      const duplicate = keys.claim(
        [member ? `id:${member._id}` : null, plain.code ? `code:${String(plain.code)}` : null],
        row,
      );
      if (duplicate) plans.push({ row, action: 'rejected', problems: [duplicate] });
      else if (member) plans.push(await this.planExisting(row, member, plain, actor));
      else plans.push(await this.planNew(row, plain, actor));
    }
    return plans;
  }

  private async planNew(
    row: number,
    plain: Record<string, unknown>,
    actor: Actor,
  ): Promise<RowPlan<RegisterMemberDto>> {
    const validated = await validateRow(RegisterMemberDto, plain);
    if ('problems' in validated) return { row, action: 'rejected', problems: validated.problems };
    const refused = await check('branchId', () => this.register.prepare(validated.dto, { actor }));
    if (refused) return { row, action: 'rejected', problems: [refused] };
    return { row, action: 'create', payload: validated.dto };
  }

  /** An existing member: unchanged when every given cell says what the record says; nothing else can change. */
  private async planExisting(
    row: number,
    member: MemberDocument,
    plain: Record<string, unknown>,
    actor: Actor,
  ): Promise<RowPlan<RegisterMemberDto>> {
    const access = await accessTo(actor, member, this.directory);
    if (!access) return { row, action: 'rejected', problems: [{ field: 'branchId', message: '超出本账号的管理范围' }] };
    const given = (field: string) => plain[field] !== undefined;
    const differs: string[] = [];
    if (given('name') && member.name !== String(plain.name).trim()) differs.push('姓名');
    if (given('branchId') && member.branchId !== plain.branchId) differs.push('所在支部');
    if (given('joinedPartyOn') && member.joinedPartyOn !== plain.joinedPartyOn) differs.push('入党日期');
    if (given('employerUnitId') && member.employerUnitId !== plain.employerUnitId) differs.push('工作单位');
    if (given('code') && member.code && member.code !== plain.code) differs.push('编码');
    if (given('phone') || given('idNumber') || given('address')) {
      if (access !== 'administer') differs.push('个人信息（本账号不能查看）');
      else {
        const personal = await this.views.personal(member);
        if (given('phone') && personal?.phone !== plain.phone) differs.push('手机号');
        if (given('idNumber') && personal?.idNumber !== String(plain.idNumber).toUpperCase()) differs.push('身份证号');
        if (given('address') && (personal?.address ?? null) !== String(plain.address).trim()) differs.push('住址');
      }
    }
    if (differs.length === 0) return { row, action: 'unchanged' };
    return {
      row,
      action: 'rejected',
      problems: [
        {
          field: 'row',
          message: `与已登记的党员不一致：${differs.join('、')}。党员信息不能通过导入修改，请在党员页面办理转接或变更`,
        },
      ],
    };
  }

  async apply(dto: RegisterMemberDto, context: CommandContext): Promise<void> {
    await this.register.execute(dto, context);
  }
}

function present(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null && v !== undefined));
}
