import { ORG_KINDS, ORG_STATUSES, UNIT_SECTORS } from '@gongjian/contracts';
import type { DirectoryEntry } from '@gongjian/auth';
import type { OrgReferences, SheetColumn, SheetSchema, WrittenCell } from '@gongjian/spreadsheets';

const ID: SheetColumn = {
  key: 'id',
  header: '系统编号',
  type: 'code',
  width: 38,
  note: '由系统导出时填写；新增时留空。导入时按它找到原有的一行',
};
const CODE: SheetColumn = {
  key: 'code',
  header: '编码',
  aliases: ['编号'],
  type: 'code',
  width: 16,
  note: '可选：本单位自己的编码（字母、数字、.、_、-），全区唯一',
};
const readOnly = (key: string, header: string): SheetColumn => ({
  key,
  header,
  type: 'text',
  readOnly: true,
  width: 17,
});

/** YYYY-MM-DD HH:mm in China Standard Time. */
const beijingTime = (iso: string) => {
  const t = new Date(Date.parse(iso) + 8 * 3_600_000).toISOString();
  return `${t.slice(0, 10)} ${t.slice(11, 16)}`;
};

/**
 * 组织架构 as a sheet: one organisation a row, its parent by name (or code, or 街道/社区 path);
 * a parent may be a row above it in the same sheet, so a county is imported from one sheet.
 */
export const ORGANIZATIONS_SHEET: SheetSchema = {
  sheetName: '组织架构',
  columns: [
    ID,
    CODE,
    { key: 'name', header: '名称', aliases: ['组织名称'], type: 'text', required: true, width: 20 },
    { key: 'kind', header: '层级', aliases: ['类型'], type: 'choice', choices: ORG_KINDS, required: true, width: 10 },
    {
      key: 'parent',
      header: '上级组织',
      type: 'text',
      width: 24,
      fields: ['parentId'],
      note: '上级的名称（重名时写 街道/社区 或编码）；区县留空。上级可以是本表中更靠上的一行',
    },
    readOnly('status', '状态'),
    readOnly('registeredAt', '登记时间'),
  ],
};

export const ORGANIZATIONS_SAMPLE: WrittenCell[] = [null, 'DC', '东城街道', ORG_KINDS.street, '利津县', null, null];

export function organizationRow(org: DirectoryEntry, refs: OrgReferences): WrittenCell[] {
  return [
    org._id,
    org.code ?? null,
    org.name,
    ORG_KINDS[org.kind as keyof typeof ORG_KINDS] ?? org.kind,
    org.parentId ? refs.refOf(org.parentId) : null,
    ORG_STATUSES[org.status] ?? org.status,
    beijingTime(org.registeredAt),
  ];
}

/** 驻区单位 and 社会组织 as a sheet: one unit a row, located in a community or a street. */
export const UNITS_SHEET: SheetSchema = {
  sheetName: '驻区单位',
  columns: [
    ID,
    { ...CODE, note: '可选：如统一社会信用代码，全区唯一' },
    { key: 'name', header: '名称', aliases: ['单位名称'], type: 'text', required: true, width: 24 },
    {
      key: 'sector',
      header: '单位类别',
      aliases: ['类别', '行业'],
      type: 'choice',
      choices: UNIT_SECTORS,
      required: true,
      width: 12,
    },
    {
      key: 'locatedIn',
      header: '所在社区或街道',
      aliases: ['所在社区', '所在街道'],
      type: 'text',
      required: true,
      width: 20,
      fields: ['locatedIn'],
      note: '社区或街道的名称（重名时写 街道/社区 或编码）',
    },
    readOnly('status', '状态'),
    readOnly('registeredAt', '登记时间'),
  ],
};

export const UNITS_SAMPLE: WrittenCell[] = [
  null,
  '12370522MB1234567X',
  '县人民医院',
  UNIT_SECTORS.public_institution,
  '二社区',
  null,
  null,
];

export function unitRow(unit: DirectoryEntry, refs: OrgReferences): WrittenCell[] {
  return [
    unit._id,
    unit.code ?? null,
    unit.name,
    unit.sector ? UNIT_SECTORS[unit.sector] : null,
    refs.refOf(unit.parentId),
    ORG_STATUSES[unit.status] ?? unit.status,
    beijingTime(unit.registeredAt),
  ];
}
