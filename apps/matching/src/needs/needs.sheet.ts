import { NEED_STATUSES } from '@gongjian/contracts';
import type { OrgReferences, SheetSchema, WrittenCell } from '@gongjian/spreadsheets';
import {
  beijingTime,
  CATEGORY_COLUMN,
  CODE_COLUMN,
  DESCRIPTION_COLUMN,
  FROM_COLUMN,
  ID_COLUMN,
  AMOUNT_COLUMN,
  readOnly,
  TAGS_COLUMN,
  TITLE_COLUMN,
  TO_COLUMN,
  UNIT_COLUMN,
  URGENCY_COLUMN,
} from '../sheets/columns';
import type { NeedDocument } from './needs.projection';
import { CATEGORIES, QUANTITY_UNITS, URGENCIES } from '@gongjian/contracts';

/**
 * 需求清单 as a sheet: the template, the export and the import read the same columns in the same
 * order, so an exported sheet imports back as it is (the last three columns are the export's own).
 */
export const NEEDS_SHEET: SheetSchema = {
  sheetName: '需求清单',
  columns: [
    ID_COLUMN,
    CODE_COLUMN,
    {
      key: 'community',
      header: '社区',
      type: 'text',
      required: true,
      width: 16,
      fields: ['communityId'],
      note: '社区名称；有重名时写 街道/社区，或写社区编码',
    },
    { key: 'grid', header: '网格', type: 'text', width: 14, fields: ['gridId'], note: '可选：社区内的网格名称' },
    TITLE_COLUMN,
    CATEGORY_COLUMN,
    AMOUNT_COLUMN('quantity'),
    UNIT_COLUMN('quantity'),
    FROM_COLUMN,
    TO_COLUMN,
    URGENCY_COLUMN,
    TAGS_COLUMN,
    DESCRIPTION_COLUMN,
    readOnly('status', '状态', 10),
    readOnly('remaining', '剩余数量', 10),
    readOnly('postedAt', '发布时间', 17),
  ],
};

/** The template's sample row. */
export const NEEDS_SAMPLE: WrittenCell[] = [
  null,
  'XQ-2026-001',
  '二社区',
  '第一网格',
  '独居老人助餐',
  CATEGORIES.elderly_care,
  40,
  QUANTITY_UNITS.person_hours,
  '2026-12-01',
  '2027-03-31',
  URGENCIES.high,
  '助餐、送餐',
  '每天中午为 20 位独居老人送餐',
  null,
  null,
  null,
];

/** A need as a row of the export, in NEEDS_SHEET's order. */
export function needRow(need: NeedDocument, refs: OrgReferences): WrittenCell[] {
  return [
    need._id,
    need.code ?? null,
    refs.refOf(need.communityId),
    need.gridId ? (refs.get(need.gridId)?.name ?? need.gridId) : null,
    need.title,
    CATEGORIES[need.category] ?? need.category,
    need.quantity.amount,
    QUANTITY_UNITS[need.quantity.unit] ?? need.quantity.unit,
    need.window.from,
    need.window.to,
    URGENCIES[need.urgency] ?? need.urgency,
    need.tags.join('、'),
    need.description || null,
    NEED_STATUSES[need.status] ?? need.status,
    need.remaining.amount,
    beijingTime(need.postedAt),
  ];
}
