import { Button, Input, Select, Space, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { CATEGORY_CODES } from '@gongjian/contracts';
import { StatusTag, useQuantity } from '../../components/data';
import { useI18n } from '../../i18n';
import { useAccount } from '../../session';
import type { Category, ListItem } from '../../api';

/** The filters of both lists: words, status (`S`: the list's codes), category (the query's fields). */
export type ListFilters<S extends string> = {
  q?: string;
  status?: S;
  category?: Category;
};

/** Search, status and category above a list of needs or offers; `children` adds a list's own filter. */
export function ListItemFilters<S extends string>({
  statuses,
  onChange,
  children,
}: {
  statuses: readonly S[];
  onChange: (change: ListFilters<S>) => void;
  children?: ReactNode;
}) {
  const { t, label } = useI18n();
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      <Input.Search
        placeholder={t('needs.search')}
        allowClear
        onSearch={(q) => onChange({ q: q || undefined })}
        style={{ width: 240 }}
      />
      <Select
        allowClear
        placeholder={t('common.status')}
        style={{ width: 140 }}
        options={statuses.map((s) => ({ value: s, label: label('status', s) }))}
        onChange={(status) => onChange({ status })}
      />
      <Select
        allowClear
        placeholder={t('common.category')}
        style={{ width: 140 }}
        options={CATEGORY_CODES.map((c) => ({ value: c, label: label('category', c) }))}
        onChange={(category) => onChange({ category })}
      />
      {children}
    </Space>
  );
}

type Column<T> = TableColumnsType<T>[number];

/** The columns both lists show, to be placed by each list among its own. */
export function useListItemColumns<T extends ListItem>() {
  const { t, label } = useI18n();
  const quantity = useQuantity();
  return {
    title: { title: t('common.title'), dataIndex: 'title' } as Column<T>,
    category: {
      title: t('common.category'),
      dataIndex: 'category',
      render: (c: string) => label('category', c),
    } as Column<T>,
    amount: (title: string, of: (item: T) => { amount: number; unit: string }): Column<T> => ({
      title,
      render: (_, item) => quantity(of(item)),
    }),
    remaining: { title: t('common.remaining'), render: (_, item) => quantity(item.remaining) } as Column<T>,
    window: { title: t('common.window'), render: (_, item) => `${item.window.from} ~ ${item.window.to}` } as Column<T>,
    status: (render: (item: T) => ReactNode = (item) => <StatusTag status={item.status} />): Column<T> => ({
      title: t('common.status'),
      dataIndex: 'status',
      render: (_, item) => render(item),
    }),
  };
}

/**
 * The actions of a row: edit when the server says this caller may (`actions`: its policy and the
 * item's state), the list's own (cancel, withdraw), and the history for those who audit.
 */
export function ListItemActions({
  item,
  onEdit,
  stream,
  children,
}: {
  item: ListItem & { actions: readonly string[] };
  onEdit: () => void;
  /** the item's event stream, e.g. `matching.need-<id>` */
  stream: string;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const account = useAccount();
  return (
    <Space size="small">
      {item.actions.includes('edit') && (
        <Button size="small" type="link" onClick={onEdit} data-testid="item-edit">
          {t('common.edit')}
        </Button>
      )}
      {children}
      {['district_admin', 'auditor'].includes(account.role) && (
        <Link to={`/audit?stream=${stream}`}>{t('common.history')}</Link>
      )}
    </Space>
  );
}
