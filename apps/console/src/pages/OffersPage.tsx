import { App, Button, Card, Form, Input, InputNumber, Modal, Popconfirm, Select, Space } from 'antd';
import React, { useState } from 'react';
import { Link } from 'react-router-dom';
import { CATEGORY_CODES, OFFER_STATUS_CODES, QUANTITY_UNIT_CODES } from '@gongjian/contracts';
import { api } from '../api';
import { translateApiMessage } from '../apiMessages';
import {
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

export interface Offer {
  id: string;
  version: number;
  unitId: string;
  title: string;
  description: string;
  category: string;
  tags: string[];
  capacity: { amount: number; unit: string };
  remaining: { amount: number; unit: string };
  window: { from: string; to: string };
  serviceArea: string[];
  status: string;
  postedAt: string;
}

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
  const { t, label, locale } = useI18n();
  const account = useAccount();
  const fail = useFailure();
  const { message } = App.useApp();
  const quantity = useQuantity();
  const isUnit = account.role === 'unit_contact';
  const [filters, setFilters] = useState<{ status?: string; category?: string; q?: string; unitId?: string }>({});
  const paged = usePaged<Offer>('/offers', filters);
  const [editing, setEditing] = useState<Offer | 'new' | null>(null);
  const [form] = Form.useForm();
  const [saving, setSaving] = useState(false);
  const { flat } = useScopeTree(account);
  const areas = flat.filter((o) => ['district', 'street', 'community', 'grid'].includes(o.kind));
  const units = flat.flatMap((o) => o.units);
  const canPost = isUnit || isAdmin(account);

  const open = (offer: Offer | 'new') => {
    setEditing(offer);
    form.resetFields();
    if (offer === 'new') {
      form.setFieldsValue({ unitId: isUnit ? account.orgId : undefined, capacity: { unit: 'person_hours' }, tags: [] });
    } else form.setFieldsValue(offer);
  };

  const save = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setSaving(true);
    try {
      const body = { ...values, description: values.description ?? '', serviceArea: values.serviceArea ?? [] };
      if (editing === 'new') {
        await api.post('/offers', body);
        message.success(t('offers.created'));
      } else if (editing) {
        const { unitId: _u, category: _c, ...changes } = body;
        await api.patch(`/offers/${editing.id}`, changes);
        message.success(t('common.saved'));
      }
      setEditing(null);
      paged.reload();
    } catch (e) {
      if (showFieldErrors(form, e, FIELDS, (m) => translateApiMessage(m, locale))) message.error(t('common.fixFields'));
      else fail(e);
    } finally {
      setSaving(false);
    }
  };

  const withdraw = async (offer: Offer) => {
    try {
      await api.post(`/offers/${offer.id}/withdraw`, {});
      paged.reload();
    } catch (e) {
      fail(e);
    }
  };

  return (
    <Card
      title={t('offers.title')}
      extra={
        canPost && (
          <Button type="primary" onClick={() => open('new')} data-testid="offer-create">
            {t('offers.create')}
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
          options={OFFER_STATUS_CODES.map((s) => ({ value: s, label: label('status', s) }))}
          onChange={(status) => setFilters((f) => ({ ...f, status }))}
        />
        <Select
          allowClear
          placeholder={t('common.category')}
          style={{ width: 140 }}
          options={CATEGORY_CODES.map((c) => ({ value: c, label: label('category', c) }))}
          onChange={(category) => setFilters((f) => ({ ...f, category }))}
        />
        {isUnit && (
          <Select
            allowClear
            placeholder={t('offers.unit')}
            style={{ width: 160 }}
            options={[{ value: account.orgId!, label: t('home.myOffers') }]}
            onChange={(unitId) => setFilters((f) => ({ ...f, unitId }))}
          />
        )}
      </Space>
      <PagedTable<Offer>
        paged={paged}
        empty={t('offers.empty')}
        testId="offers-table"
        columns={[
          { title: t('common.title'), dataIndex: 'title' },
          { title: t('common.category'), dataIndex: 'category', render: (c: string) => label('category', c) },
          { title: t('offers.unit'), dataIndex: 'unitId', render: (id: string) => <OrgName id={id} /> },
          { title: t('offers.capacity'), render: (_, o) => quantity(o.capacity) },
          { title: t('common.remaining'), render: (_, o) => quantity(o.remaining) },
          { title: t('common.window'), render: (_, o) => `${o.window.from} ~ ${o.window.to}` },
          { title: t('common.status'), dataIndex: 'status', render: (s: string) => <StatusTag status={s} /> },
          {
            title: t('common.actions'),
            render: (_, o) => (
              <Space size="small">
                {canPost && o.status === 'open' && (
                  <Button size="small" type="link" onClick={() => open(o)}>
                    {t('common.edit')}
                  </Button>
                )}
                {canPost && ['open', 'partially_reserved'].includes(o.status) && (
                  <Popconfirm title={t('offers.withdrawConfirm')} onConfirm={() => withdraw(o)}>
                    <Button size="small" type="link" danger>
                      {t('offers.withdraw')}
                    </Button>
                  </Popconfirm>
                )}
                {['district_admin', 'auditor'].includes(account.role) && (
                  <Link to={`/audit?stream=matching.offer-${o.id}`}>{t('common.history')}</Link>
                )}
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={editing !== null}
        title={editing === 'new' ? t('offers.create') : t('offers.edit')}
        onCancel={() => setEditing(null)}
        onOk={save}
        confirmLoading={saving}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        width={640}
        okButtonProps={{ 'data-testid': 'offer-save' } as Record<string, string>}
      >
        <Form form={form} layout="vertical" data-testid="offer-form">
          <Form.Item
            name="unitId"
            label={t('offers.unit')}
            rules={[{ required: true, message: t('common.fixFields') }]}
          >
            <Select
              disabled={editing !== 'new' || isUnit}
              options={
                isUnit
                  ? [{ value: account.orgId!, label: (<OrgName id={account.orgId} />) as React.ReactNode }]
                  : units.map((u) => ({ value: u.id, label: u.name as React.ReactNode }))
              }
            />
          </Form.Item>
          <Form.Item
            name="title"
            label={t('common.title')}
            rules={[{ required: true, message: t('common.fixFields') }]}
          >
            <Input id="offer-title" maxLength={100} />
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
                id="offer-category"
                style={{ width: 160 }}
                disabled={editing !== 'new'}
                options={CATEGORY_CODES.map((c) => ({ value: c, label: label('category', c) }))}
              />
            </Form.Item>
            <Form.Item name={['capacity', 'amount']} label={t('offers.capacity')}>
              <InputNumber id="offer-amount" style={{ width: 120 }} />
            </Form.Item>
            <Form.Item name={['capacity', 'unit']} label=" ">
              <Select
                style={{ width: 120 }}
                options={QUANTITY_UNIT_CODES.map((u) => ({ value: u, label: label('unit', u) }))}
              />
            </Form.Item>
          </Space>
          <Space wrap>
            <Form.Item name={['window', 'from']} label={t('common.from')}>
              <Input id="offer-from" type="date" />
            </Form.Item>
            <Form.Item name={['window', 'to']} label={t('common.to')}>
              <Input id="offer-to" type="date" />
            </Form.Item>
          </Space>
          <Form.Item name="serviceArea" label={t('offers.serviceArea')} extra={t('offers.serviceAreaHint')}>
            <Select
              mode="multiple"
              id="offer-area"
              optionFilterProp="label"
              options={areas.map((o) => ({ value: o.id, label: `${o.name}（${label('org.kind', o.kind)}）` }))}
            />
          </Form.Item>
          <Form.Item name="tags" label={t('common.tags')}>
            <Select mode="tags" id="offer-tags" tokenSeparators={[',', '，', ' ']} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
