import { Button, Card, Form, Popconfirm, Select, Space } from 'antd';
import React, { useState } from 'react';
import { OFFER_STATUS_CODES } from '@gongjian/contracts';
import { api, type Filters, type Offer, type Schemas } from '../api';
import { OrgName, useFailure, usePaged, useScopeTree } from '../components/data';
import { PagedTable } from '../components/PagedTable';
import { useI18n } from '../i18n';
import { isAdmin, useAccount } from '../session';
import { ExportButton } from './imports/ExportButton';
import {
  CategoryAndAmountFields,
  ListItemModal,
  TagsField,
  TitleFields,
  useListItemEditor,
  WindowFields,
} from './list-items/ListItemForm';
import { ListItemActions, type ListFilters, ListItemFilters, useListItemColumns } from './list-items/ListItemList';

const FIELDS = [
  'unitId',
  'title',
  'description',
  'category',
  'tags',
  'capacity.amount',
  'capacity.unit',
  'window.from',
  'window.to',
  'serviceArea',
];

/** 资源清单: units post, edit and withdraw offers. */
export default function OffersPage() {
  const { t, label } = useI18n();
  const account = useAccount();
  const fail = useFailure();
  const isUnit = account.role === 'unit_contact';
  const [filters, setFilters] = useState<Filters<'/offers'>>({});
  const paged = usePaged('/offers', { query: filters });
  const { flat } = useScopeTree(account);
  const areas = flat.filter((o) => ['district', 'street', 'community', 'grid'].includes(o.kind));
  const units = flat.flatMap((o) => o.units);
  const canPost = isUnit || isAdmin(account);
  const columns = useListItemColumns<Offer>();
  const editor = useListItemEditor<Offer, Schemas['PostOfferDto'], 'unitId' | 'category'>({
    fields: FIELDS,
    created: 'offers.created',
    defaults: () => ({
      unitId: isUnit ? (account.orgId ?? undefined) : undefined,
      capacity: { unit: 'person_hours' },
      tags: [],
    }),
    fixed: ['unitId', 'category'],
    post: (body) => api.post('/offers', { body: { ...body, serviceArea: body.serviceArea ?? [] } }),
    patch: (id, changes) =>
      api.patch('/offers/{id}', { path: { id }, body: { ...changes, serviceArea: changes.serviceArea ?? [] } }),
    onSaved: paged.reload,
  });
  const filter = (change: ListFilters<Offer['status']> & { unitId?: string }) =>
    setFilters((f) => ({ ...f, ...change }));

  const withdraw = async (offer: Offer) => {
    try {
      await api.post('/offers/{id}/withdraw', { path: { id: offer.id }, body: {} });
      paged.reload();
    } catch (e) {
      fail(e);
    }
  };

  return (
    <Card
      title={t('offers.title')}
      extra={
        <Space>
          <ExportButton kind="offers" query={filters} />
          {canPost && (
            <Button type="primary" onClick={() => editor.open('new')} data-testid="offer-create">
              {t('offers.create')}
            </Button>
          )}
        </Space>
      }
    >
      <ListItemFilters statuses={OFFER_STATUS_CODES} onChange={filter}>
        {isUnit && (
          <Select
            allowClear
            placeholder={t('offers.unit')}
            style={{ width: 160 }}
            options={[{ value: account.orgId!, label: t('offers.mine') }]}
            onChange={(unitId) => filter({ unitId })}
          />
        )}
      </ListItemFilters>
      <PagedTable<Offer>
        paged={paged}
        empty={t('offers.empty')}
        testId="offers-table"
        columns={[
          columns.title,
          columns.category,
          {
            title: t('offers.unit'),
            dataIndex: 'unitName',
            render: (name: string | null, o) => <span title={o.unitId}>{name ?? '—'}</span>,
          },
          columns.amount(t('offers.capacity'), (o) => o.capacity),
          columns.remaining,
          columns.window,
          columns.status(),
          {
            title: t('common.actions'),
            render: (_, o) => (
              <ListItemActions item={o} onEdit={() => editor.open(o)} stream={`matching.offer-${o.id}`}>
                {o.actions.includes('withdraw') && (
                  <Popconfirm title={t('offers.withdrawConfirm')} onConfirm={() => withdraw(o)}>
                    <Button size="small" type="link" danger data-testid="offer-withdraw">
                      {t('offers.withdraw')}
                    </Button>
                  </Popconfirm>
                )}
              </ListItemActions>
            ),
          },
        ]}
      />
      <ListItemModal
        kind="offer"
        form={editor.form}
        title={editor.isNew ? t('offers.create') : t('offers.edit')}
        open={editor.editing !== null}
        saving={editor.saving}
        error={editor.error}
        onSave={editor.save}
        onClose={editor.close}
      >
        <Form.Item name="unitId" label={t('offers.unit')} rules={[{ required: true, message: t('common.fixFields') }]}>
          <Select
            disabled={!editor.isNew || isUnit}
            options={
              isUnit
                ? [{ value: account.orgId!, label: (<OrgName id={account.orgId} />) as React.ReactNode }]
                : units.map((u) => ({ value: u.id, label: u.name as React.ReactNode }))
            }
          />
        </Form.Item>
        <TitleFields kind="offer" />
        <CategoryAndAmountFields
          kind="offer"
          locked={!editor.isNew}
          amount="capacity"
          amountLabel={t('offers.capacity')}
        />
        <WindowFields kind="offer" />
        <Form.Item name="serviceArea" label={t('offers.serviceArea')} extra={t('offers.serviceAreaHint')}>
          <Select
            mode="multiple"
            id="offer-area"
            optionFilterProp="label"
            options={areas.map((o) => ({ value: o.id, label: `${o.name}（${label('org.kind', o.kind)}）` }))}
          />
        </Form.Item>
        <TagsField kind="offer" />
      </ListItemModal>
    </Card>
  );
}
