import { CATEGORIES, QUANTITY_UNITS, URGENCIES } from '@gongjian/contracts';
import type { SheetColumn } from '@gongjian/spreadsheets';

/**
 * The columns needs and offers share (需求清单 and 资源清单 have a quantity, a window, tags), in
 * the words of the console's forms.
 */
export const ID_COLUMN: SheetColumn = {
  key: 'id',
  header: '系统编号',
  type: 'code',
  width: 38,
  note: '由系统导出时填写；新增时留空。导入时按它找到原有的一行',
};
export const CODE_COLUMN: SheetColumn = {
  key: 'code',
  header: '编码',
  aliases: ['编号'],
  type: 'code',
  width: 14,
  note: '可选：本单位自己的编码（字母、数字、.、_、-）。再次导入时按编码找到原有的一行',
};
export const TITLE_COLUMN: SheetColumn = {
  key: 'title',
  header: '标题',
  aliases: ['名称'],
  type: 'text',
  required: true,
  width: 24,
};
export const CATEGORY_COLUMN: SheetColumn = {
  key: 'category',
  header: '类别',
  type: 'choice',
  choices: CATEGORIES,
  required: true,
  width: 12,
};
export const AMOUNT_COLUMN = (field: 'quantity' | 'capacity'): SheetColumn => ({
  key: 'amount',
  header: '数量',
  type: 'number',
  required: true,
  width: 10,
  fields: [field, `${field}.amount`],
});
export const UNIT_COLUMN = (field: 'quantity' | 'capacity'): SheetColumn => ({
  key: 'quantityUnit',
  header: '计量单位',
  type: 'choice',
  choices: QUANTITY_UNITS,
  required: true,
  width: 12,
  fields: [`${field}.unit`],
});
export const FROM_COLUMN: SheetColumn = {
  key: 'from',
  header: '开始日期',
  type: 'date',
  required: true,
  width: 13,
  fields: ['window', 'window.from'],
  note: '如 2026-03-01、2026/3/1 或 2026年3月1日',
};
export const TO_COLUMN: SheetColumn = {
  key: 'to',
  header: '结束日期',
  type: 'date',
  required: true,
  width: 13,
  fields: ['window.to'],
  note: '如 2026-12-31、2026/12/31 或 2026年12月31日',
};
export const URGENCY_COLUMN: SheetColumn = {
  key: 'urgency',
  header: '紧急程度',
  type: 'choice',
  choices: URGENCIES,
  required: true,
  width: 10,
};
export const TAGS_COLUMN: SheetColumn = {
  key: 'tags',
  header: '标签',
  type: 'list',
  width: 18,
  note: '多个标签用顿号或逗号分开',
};
export const DESCRIPTION_COLUMN: SheetColumn = {
  key: 'description',
  header: '描述',
  aliases: ['说明'],
  type: 'text',
  width: 30,
};

/** The export's own columns at the end: written for reading, never read back. */
export const readOnly = (key: string, header: string, width = 14): SheetColumn => ({
  key,
  header,
  type: 'text',
  readOnly: true,
  width,
});

/** A plain object without its blank values: what a DTO sees for cells left empty. */
export function present(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null && v !== undefined));
}

/** YYYY-MM-DD HH:mm in China Standard Time, for the export's time columns. */
export function beijingTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const t = new Date(Date.parse(iso) + 8 * 3_600_000).toISOString();
  return `${t.slice(0, 10)} ${t.slice(11, 16)}`;
}

/** The same tags, whatever their order and repeats. */
export const sameTags = (a: string[], b: string[]) =>
  JSON.stringify([...new Set(a)].sort()) === JSON.stringify([...new Set(b)].sort());
