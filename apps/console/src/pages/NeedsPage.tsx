import { App, Button, Card, Form, Input, InputNumber, Modal, Select, Space, Tooltip } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { CATEGORY_CODES, NEED_STATUS_CODES, QUANTITY_UNIT_CODES, URGENCY_CODES } from '@gongjian/contracts';
import { api } from '../api';
import { translateApiMessage } from '../apiMessages';
import {
  areaScope,
  OrgName,
  showFieldErrors,
  StatusTag,
  useFailure,
  usePaged,
  useQuantity,
  useScopeTree,
} from '../components/data';
import { PagedTable } from '../components/PagedTable';
import { useI18n } from '../i18n';
import { isAdmin, useAccount } from '../session';
import { CancelNeed } from './needs/CancelNeed';

export interface Need {
  id: string;
  version: number;
  communityId: string;
  gridId?: string | null;
  title: string;
  description: string;
  category: string;
  tags: string[];
  quantity: { amount: number; unit: string };
  remaining: { amount: number; unit: string };
  window: { from: string; to: string };
  urgency: string;
  status: string;
  postedAt: string;
  served?: number;
  cancelReason?: string;
}

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
  const { t, label, locale } = useI18n();
  const account = useAccount();
  const fail = useFailure();
  const { message } = App.useApp();
  const quantity = useQuantity();
  const [filters, setFilters] = useState<{ status?: string; category?: string; q?: string; communityId?: string }>({});
  // my area by default (a community, or a street's/district's subtree); a chosen community narrows it
  const paged = usePaged<Need>('/needs', { ...areaScope(account), ...filters });
  const [editing, setEditing] = useState<Need | 'new' | null>(null);
  const [cancelling, setCancelling] = useState<Need | null>(null);
  const [form] = Form.useForm();
  const [saving, setSaving] = useState(false);
  const { flat } = useScopeTree(account);
  const communities = flat.filter((o) => o.kind === 'community');
  const canPost = isAdmin(account);

  const open = (need: Need | 'new') => {
    setEditing(need);
    form.resetFields();
    if (need === 'new') {
      form.setFieldsValue({
        communityId: account.role === 'community_admin' ? account.orgId : undefined,
        quantity: { unit: 'person_hours' },
        urgency: 'normal',
        tags: [],
      });
    } else form.setFieldsValue(need);
  };

  const save = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setSaving(true);
    try {
      const body = { ...values, gridId: values.gridId || undefined, description: values.description ?? '' };
      if (editing === 'new') {
        await api.post('/needs', body);
        message.success(t('needs.created'));
      } else if (editing) {
        const { communityId: _c, gridId: _g, category: _k, ...changes } = body;
        await api.patch(`/needs/${editing.id}`, changes);
        message.success(t('common.saved'));
      }
      setEditing(null);
      paged.reload();
    } catch (e) {
      // the typed input stays in the form; the API's messages go next to their fields
      if (showFieldErrors(form, e, FIELDS, (m) => translateApiMessage(m, locale))) message.error(t('common.fixFields'));
      else fail(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card
      title={t('needs.title')}
      extra={
        canPost && (
          <Button type="primary" onClick={() => open('new')} data-testid="need-create">
            {t('needs.create')}
          </Button>
        )
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          placeholder={t('needs.search')}
          allowClear
          onSearch={(q) => setFilters((f) => ({ ...f, q: q || undefined }))}
          style={{ width: 240 }}
        />
        <Select
          allowClear
          placeholder={t('common.status')}
          style={{ width: 140 }}
          options={NEED_STATUS_CODES.map((s) => ({ value: s, label: label('status', s) }))}
          onChange={(status) => setFilters((f) => ({ ...f, status }))}
        />
        <Select
          allowClear
          placeholder={t('common.category')}
          style={{ width: 140 }}
          options={CATEGORY_CODES.map((c) => ({ value: c, label: label('category', c) }))}
          onChange={(category) => setFilters((f) => ({ ...f, category }))}
        />
        {communities.length > 1 && (
          <Select
            allowClear
            placeholder={t('needs.community')}
            style={{ width: 160 }}
            options={communities.map((c) => ({ value: c.id, label: c.name }))}
            onChange={(communityId) => setFilters((f) => ({ ...f, communityId }))}
          />
        )}
      </Space>
      <PagedTable<Need>
        paged={paged}
        empty={t('needs.empty')}
        testId="needs-table"
        columns={[
          { title: t('common.title'), dataIndex: 'title' },
          { title: t('common.category'), dataIndex: 'category', render: (c: string) => label('category', c) },
          { title: t('needs.community'), dataIndex: 'communityId', render: (id: string) => <OrgName id={id} /> },
          { title: t('common.quantity'), render: (_, n) => quantity(n.quantity) },
          { title: t('common.remaining'), render: (_, n) => quantity(n.remaining) },
          { title: t('common.window'), render: (_, n) => `${n.window.from} ~ ${n.window.to}` },
          { title: t('urgency.label'), dataIndex: 'urgency', render: (u: string) => label('urgency', u) },
          {
            title: t('common.status'),
            dataIndex: 'status',
            render: (s: string, n) =>
              n.cancelReason ? (
                <Tooltip title={t('needs.cancelledBecause', { reason: n.cancelReason })}>
                  <span data-testid="need-cancel-reason">
                    <StatusTag status={s} />
                  </span>
                </Tooltip>
              ) : (
                <StatusTag status={s} />
              ),
          },
          {
            title: t('common.actions'),
            render: (_, n) => (
              <Space size="small">
                {canPost && n.status === 'open' && (
                  <Button size="small" type="link" onClick={() => open(n)}>
                    {t('common.edit')}
                  </Button>
                )}
                {canPost && ['open', 'partially_matched'].includes(n.status) && (
                  <Button size="small" type="link" danger data-testid="need-cancel" onClick={() => setCancelling(n)}>
                    {t('needs.cancel')}
                  </Button>
                )}
                {['district_admin', 'auditor'].includes(account.role) && (
                  <Link to={`/audit?stream=matching.need-${n.id}`}>{t('common.history')}</Link>
                )}
              </Space>
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
      <Modal
        open={editing !== null}
        title={editing === 'new' ? t('needs.create') : t('needs.edit')}
        onCancel={() => setEditing(null)}
        onOk={save}
        confirmLoading={saving}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        width={640}
        okButtonProps={{ 'data-testid': 'need-save' } as Record<string, string>}
      >
        <Form form={form} layout="vertical" data-testid="need-form">
          <Form.Item
            name="communityId"
            label={t('needs.community')}
            rules={[{ required: true, message: t('common.fixFields') }]}
          >
            <Select
              disabled={editing !== 'new' || account.role === 'community_admin'}
              options={communities.map((c) => ({ value: c.id, label: c.name }))}
            />
          </Form.Item>
          <Form.Item
            name="title"
            label={t('common.title')}
            rules={[{ required: true, message: t('common.fixFields') }]}
          >
            <Input id="need-title" maxLength={100} />
          </Form.Item>
          <Form.Item name="description" label={t('common.description')}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Space wrap>
            <Form.Item
              name="category"
              label={t('common.category')}
              rules={[{ required: true, message: t('common.fixFields') }]}
            >
              <Select
                id="need-category"
                style={{ width: 160 }}
                disabled={editing !== 'new'}
                options={CATEGORY_CODES.map((c) => ({ value: c, label: label('category', c) }))}
              />
            </Form.Item>
            <Form.Item name="urgency" label={t('urgency.label')}>
              <Select
                style={{ width: 120 }}
                options={URGENCY_CODES.map((u) => ({ value: u, label: label('urgency', u) }))}
              />
            </Form.Item>
            <Form.Item name={['quantity', 'amount']} label={t('common.quantity')}>
              <InputNumber id="need-amount" style={{ width: 120 }} />
            </Form.Item>
            <Form.Item name={['quantity', 'unit']} label=" ">
              <Select
                style={{ width: 120 }}
                disabled={editing !== 'new'}
                options={QUANTITY_UNIT_CODES.map((u) => ({ value: u, label: label('unit', u) }))}
              />
            </Form.Item>
          </Space>
          <Space wrap>
            <Form.Item name={['window', 'from']} label={t('common.from')}>
              <Input id="need-from" type="date" />
            </Form.Item>
            <Form.Item name={['window', 'to']} label={t('common.to')}>
              <Input id="need-to" type="date" />
            </Form.Item>
          </Space>
          <Form.Item name="tags" label={t('common.tags')}>
            <Select mode="tags" id="need-tags" tokenSeparators={[',', '，', ' ']} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
