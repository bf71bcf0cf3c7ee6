import { Button, Card, Form, Select, Space, Tooltip } from 'antd';
import { useState } from 'react';
import { NEED_STATUS_CODES, URGENCY_CODES } from '@gongjian/contracts';
import { api, type Filters, type Need, type Schemas } from '../api';
import { areaScope, StatusTag, usePaged, useScopeTree } from '../components/data';
import { PagedTable } from '../components/PagedTable';
import { useI18n } from '../i18n';
import { isAdmin, useAccount } from '../session';
import {
  CategoryAndAmountFields,
  ListItemModal,
  TagsField,
  TitleFields,
  useListItemEditor,
  WindowFields,
} from './list-items/ListItemForm';
import { ListItemActions, type ListFilters, ListItemFilters, useListItemColumns } from './list-items/ListItemList';
import { ExportButton } from './imports/ExportButton';
import { CancelNeed } from './needs/CancelNeed';

const FIELDS = [
  'communityId',
  'gridId',
  'title',
  'description',
  'category',
  'tags',
  'quantity.amount',
  'quantity.unit',
  'window.from',
  'window.to',
  'urgency',
];

/** 需求清单: communities post, edit and cancel needs; everyone in scope reads them. */
export default function NeedsPage() {
  const { t, label } = useI18n();
  const account = useAccount();
  const [filters, setFilters] = useState<Filters<'/needs'>>({});
  // my area by default (a community, or a street's/district's subtree); a chosen community narrows it
  const query = { ...areaScope(account), ...filters };
  const paged = usePaged('/needs', { query });
  const [cancelling, setCancelling] = useState<Need | null>(null);
  const { flat } = useScopeTree(account);
  const communities = flat.filter((o) => o.kind === 'community');
  const canPost = isAdmin(account);
  const columns = useListItemColumns<Need>();
  const editor = useListItemEditor<Need, Schemas['PostNeedDto'], 'communityId' | 'gridId' | 'category'>({
    fields: FIELDS,
    created: 'needs.created',
    defaults: () => ({
      communityId: account.role === 'community_admin' ? (account.orgId ?? undefined) : undefined,
      quantity: { unit: 'person_hours' },
      urgency: 'normal',
      tags: [],
    }),
    fixed: ['communityId', 'gridId', 'category'],
    post: (body) => api.post('/needs', { body: { ...body, gridId: body.gridId || undefined } }),
    patch: (id, changes) => api.patch('/needs/{id}', { path: { id }, body: changes }),
    onSaved: paged.reload,
  });
  const filter = (change: ListFilters<Need['status']> & { communityId?: string }) =>
    setFilters((f) => ({ ...f, ...change }));

  return (
    <Card
      title={t('needs.title')}
      extra={
        <Space>
          <ExportButton kind="needs" query={query} />
          {canPost && (
            <Button type="primary" onClick={() => editor.open('new')} data-testid="need-create">
              {t('needs.create')}
            </Button>
          )}
        </Space>
      }
    >
      <ListItemFilters statuses={NEED_STATUS_CODES} onChange={filter}>
        {communities.length > 1 && (
          <Select
            allowClear
            placeholder={t('needs.community')}
            style={{ width: 160 }}
            options={communities.map((c) => ({ value: c.id, label: c.name }))}
            onChange={(communityId) => filter({ communityId })}
          />
        )}
      </ListItemFilters>
      <PagedTable<Need>
        paged={paged}
        empty={t('needs.empty')}
        testId="needs-table"
        columns={[
          columns.title,
          columns.category,
          {
            title: t('needs.community'),
            render: (_, n) => (
              <span title={n.communityId}>
                {n.communityName ?? '—'}
                {n.gridName && <span style={{ color: '#888' }}> · {n.gridName}</span>}
              </span>
            ),
          },
          columns.amount(t('common.quantity'), (n) => n.quantity),
          columns.remaining,
          columns.window,
          { title: t('urgency.label'), dataIndex: 'urgency', render: (u: string) => label('urgency', u) },
          columns.status((n) =>
            n.cancelReason ? (
              <Tooltip title={t('needs.cancelledBecause', { reason: n.cancelReason })}>
                <span data-testid="need-cancel-reason">
                  <StatusTag status={n.status} />
                </span>
              </Tooltip>
            ) : (
              <StatusTag status={n.status} />
            ),
          ),
          {
            title: t('common.actions'),
            render: (_, n) => (
              <ListItemActions item={n} onEdit={() => editor.open(n)} stream={`matching.need-${n.id}`}>
                {n.actions.includes('cancel') && (
                  <Button size="small" type="link" danger data-testid="need-cancel" onClick={() => setCancelling(n)}>
                    {t('needs.cancel')}
                  </Button>
                )}
              </ListItemActions>
            ),
          },
        ]}
      />
      <CancelNeed
        need={cancelling}
        onClose={() => setCancelling(null)}
        onCancelled={() => {
          setCancelling(null);
          paged.reload();
        }}
      />
      <ListItemModal
        kind="need"
        form={editor.form}
        title={editor.isNew ? t('needs.create') : t('needs.edit')}
        open={editor.editing !== null}
        saving={editor.saving}
        error={editor.error}
        onSave={editor.save}
        onClose={editor.close}
      >
        <Form.Item
          name="communityId"
          label={t('needs.community')}
          rules={[{ required: true, message: t('common.fixFields') }]}
        >
          <Select
            disabled={!editor.isNew || account.role === 'community_admin'}
            options={communities.map((c) => ({ value: c.id, label: c.name }))}
          />
        </Form.Item>
        <TitleFields kind="need" />
        <CategoryAndAmountFields
          kind="need"
          locked={!editor.isNew}
          amount="quantity"
          amountLabel={t('common.quantity')}
          unitLocked={!editor.isNew}
        >
          <Form.Item
            name="urgency"
            label={t('urgency.label')}
            rules={[{ required: true, message: t('common.fixFields') }]}
          >
            <Select
              style={{ width: 120 }}
              options={URGENCY_CODES.map((u) => ({ value: u, label: label('urgency', u) }))}
            />
          </Form.Item>
        </CategoryAndAmountFields>
        <WindowFields kind="need" />
        <TagsField kind="need" />
      </ListItemModal>
    </Card>
  );
}
