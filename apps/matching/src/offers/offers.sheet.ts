import { CATEGORIES, OFFER_STATUSES, QUANTITY_UNITS } from '@gongjian/contracts';
import type { OrgReferences, SheetSchema, WrittenCell } from '@gongjian/spreadsheets';
import {
  AMOUNT_COLUMN,
  beijingTime,
  CATEGORY_COLUMN,
  CODE_COLUMN,
  DESCRIPTION_COLUMN,
  FROM_COLUMN,
  ID_COLUMN,
  readOnly,
  TAGS_COLUMN,
  TITLE_COLUMN,
  TO_COLUMN,
  UNIT_COLUMN,
} from '../sheets/columns';
import type { OfferDocument } from './offers.projection';

/** 资源清单 as a sheet: template, export and import read the same columns in the same order. */
export const OFFERS_SHEET: SheetSchema = {
  sheetName: '资源清单',
  columns: [
    ID_COLUMN,
    CODE_COLUMN,
    {
      key: 'unit',
      header: '提供单位',
      aliases: ['单位'],
      type: 'text',
      required: true,
      width: 18,
      fields: ['unitId'],
      note: '驻区单位或社会组织的名称（或编码）',
    },
    TITLE_COLUMN,
    CATEGORY_COLUMN,
    AMOUNT_COLUMN('capacity'),
    UNIT_COLUMN('capacity'),
    FROM_COLUMN,
    TO_COLUMN,
    {
      key: 'serviceArea',
      header: '服务范围',
      type: 'list',
      required: true,
      width: 22,
      fields: ['serviceArea'],
      note: '服务的街道、社区或网格，多个用顿号分开；有重名时写 街道/社区',
    },
    TAGS_COLUMN,
    DESCRIPTION_COLUMN,
    readOnly('status', '状态', 10),
    readOnly('remaining', '剩余数量', 10),
    readOnly('postedAt', '发布时间', 17),
  ],
};

export const OFFERS_SAMPLE: WrittenCell[] = [
  null,
  'ZY-2026-001',
  '县人民医院',
  '义诊服务',
  CATEGORIES.health,
  20,
  QUANTITY_UNITS.person_hours,
  '2026-12-01',
  '2027-06-30',
  '东城街道',
  '义诊、量血压',
  '每月一次，每次 4 名医生',
  null,
  null,
  null,
];

export function offerRow(offer: OfferDocument, refs: OrgReferences): WrittenCell[] {
  return [
    offer._id,
    offer.code ?? null,
    refs.refOf(offer.unitId),
    offer.title,
    CATEGORIES[offer.category] ?? offer.category,
    offer.capacity.amount,
    QUANTITY_UNITS[offer.capacity.unit] ?? offer.capacity.unit,
    offer.window.from,
    offer.window.to,
    offer.serviceArea.map((id) => refs.refOf(id)).join('、'),
    offer.tags.join('、'),
    offer.description || null,
    OFFER_STATUSES[offer.status] ?? offer.status,
    offer.remaining.amount,
    beijingTime(offer.postedAt),
  ];
}
