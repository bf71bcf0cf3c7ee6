import { MEMBER_STATUSES } from '@gongjian/contracts';
import type { OrgReferences, SheetColumn, SheetSchema, WrittenCell } from '@gongjian/spreadsheets';
import type { PersonalData } from '../personal-data/sealing';
import type { MemberDocument } from '../registry/members.projection';

const readOnly = (key: string, header: string, width = 14): SheetColumn => ({
  key,
  header,
  type: 'text',
  readOnly: true,
  width,
});

/** YYYY-MM-DD HH:mm in China Standard Time. */
export const beijingTime = (iso: string) => {
  const t = new Date(Date.parse(iso) + 8 * 3_600_000).toISOString();
  return `${t.slice(0, 10)} ${t.slice(11, 16)}`;
};

/**
 * 党员名册 as a sheet: template, export and import read the same columns in the same order. The
 * personal data columns are written by an export only for the members the caller administers,
 * and only when asked (`?personalData=true`); a blank personal cell of an existing member is
 * "not given", never a change.
 */
export const MEMBERS_SHEET: SheetSchema = {
  sheetName: '党员名册',
  columns: [
    { key: 'id', header: '系统编号', type: 'code', width: 38, note: '由系统导出时填写；新增时留空' },
    { key: 'code', header: '编码', aliases: ['党员编号'], type: 'code', width: 14, note: '可选：党员编号，全区唯一' },
    { key: 'name', header: '姓名', type: 'text', required: true, width: 10 },
    {
      key: 'branch',
      header: '所在支部',
      aliases: ['支部'],
      type: 'text',
      required: true,
      width: 22,
      fields: ['branchId'],
      note: '网格、楼栋或驻区单位的名称；重名时写 社区/网格 或编码',
    },
    { key: 'joinedPartyOn', header: '入党日期', type: 'date', required: true, width: 12 },
    {
      key: 'phone',
      header: '手机号',
      aliases: ['联系电话', '电话'],
      type: 'code',
      width: 14,
      note: '11 位手机号或带区号的固话；请设为文本格式',
    },
    { key: 'idNumber', header: '身份证号', type: 'code', width: 20, note: '18 位；请把该列设为文本格式' },
    { key: 'address', header: '住址', type: 'text', width: 24 },
    {
      key: 'employer',
      header: '工作单位',
      type: 'text',
      width: 18,
      fields: ['employerUnitId'],
      note: '可选：在职党员的驻区单位',
    },
    readOnly('status', '状态', 8),
    readOnly('reportedTo', '双报到社区', 14),
    readOnly('registeredAt', '登记时间', 17),
  ],
};

export const MEMBERS_SAMPLE: WrittenCell[] = [
  null,
  'DY-0001',
  '王芳',
  '二社区/第一网格',
  '2010-07-01',
  '13900000000',
  null,
  '东城街道二社区 3 号楼',
  null,
  null,
  null,
  null,
];

/**
 * A member as a row of the export: the full record for those the caller may read whole, the
 * name only for a reduced view (a community the member reported to), personal data only when given.
 */
export function memberRow(
  member: MemberDocument,
  refs: OrgReferences,
  view: 'full' | 'reduced',
  personal: PersonalData | null,
): WrittenCell[] {
  if (view === 'reduced')
    return [
      member._id,
      null,
      member.name,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      refs.refOf(member.reportedTo),
      null,
    ];
  return [
    member._id,
    member.code ?? null,
    member.name,
    refs.refOf(member.branchId),
    member.joinedPartyOn,
    personal?.phone ?? null,
    personal?.idNumber ?? null,
    personal?.address ?? null,
    member.employerUnitId ? refs.refOf(member.employerUnitId) : null,
    MEMBER_STATUSES[member.status] ?? member.status,
    member.reportedTo ? refs.refOf(member.reportedTo) : null,
    beijingTime(member.registeredAt),
  ];
}
