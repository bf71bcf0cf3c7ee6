import { App, Button, Form, Input, Modal, Popconfirm, Select, Space } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { WISH_STATUS_CODES } from '@gongjian/contracts';
import { api, type Filters, type MicroWish } from '../../api';
import {
  areaScope,
  MemberName,
  OrgName,
  StatusTag,
  useFailure,
  useFormFailure,
  usePaged,
  useScopeTree,
} from '../../components/data';
import { MemberPicker } from '../../components/MemberPicker';
import { PagedTable } from '../../components/PagedTable';
import { useI18n } from '../../i18n';
import { isAdmin, useAccount } from '../../session';

type Dialog = { kind: 'post' } | { kind: 'claim'; wish: MicroWish } | { kind: 'done'; wish: MicroWish };

/** 微心愿: a community posts residents' small wishes; a member claims one, does it, the community confirms. */
export function MicroWishes() {
  const { t, label } = useI18n();
  const account = useAccount();
  const { message } = App.useApp();
  const fail = useFailure();
  const formFailure = useFormFailure();
  const { flat } = useScopeTree(account);
  const communities = flat.filter((o) => o.kind === 'community');
  const [filters, setFilters] = useState<Filters<'/micro-wishes'>>({});
  const paged = usePaged('/micro-wishes', { query: { ...areaScope(account), ...filters } });
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm();
  const mayAct = isAdmin(account);
  const mayAudit = ['district_admin', 'auditor'].includes(account.role);

  const open = (next: Dialog) => {
    form.resetFields();
    if (next.kind === 'post' && account.role === 'community_admin') form.setFieldsValue({ communityId: account.orgId });
    setDialog(next);
  };

  const save = async () => {
    if (!dialog) return;
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setSaving(true);
    try {
      if (dialog.kind === 'post') await api.post('/micro-wishes', { body: values });
      if (dialog.kind === 'claim')
        await api.post('/micro-wishes/{id}/claim', { path: { id: dialog.wish.id }, body: values });
      if (dialog.kind === 'done')
        await api.post('/micro-wishes/{id}/fulfil', { path: { id: dialog.wish.id }, body: values });
      message.success(t('common.done'));
      setDialog(null);
      paged.reload();
    } catch (e) {
      formFailure(form, e, ['communityId', 'title', 'description', 'memberId', 'note']);
    } finally {
      setSaving(false);
    }
  };

  const step = async (wish: MicroWish, path: 'release' | 'confirm') => {
    try {
      await api.post(`/micro-wishes/{id}/${path}`, { path: { id: wish.id } });
      message.success(path === 'confirm' ? t('vol.wishFulfilled') : t('common.done'));
      paged.reload();
    } catch (e) {
      fail(e);
    }
  };

  return (
    <>
      <Space wrap style={{ marginBottom: 16, width: '100%', justifyContent: 'space-between' }}>
        <Space wrap>
          <Select
            allowClear
            placeholder={t('common.status')}
            style={{ width: 140 }}
            options={WISH_STATUS_CODES.map((s) => ({ value: s, label: label('wish', s) }))}
            onChange={(status) => setFilters((f) => ({ ...f, status }))}
          />
          {communities.length > 1 && (
            <Select
              allowClear
              placeholder={t('needs.community')}
              style={{ width: 160 }}
              value={filters.communityId}
              options={communities.map((c) => ({ value: c.id, label: c.name }))}
              onChange={(communityId) => setFilters((f) => ({ ...f, communityId }))}
            />
          )}
        </Space>
        {mayAct && (
          <Button type="primary" onClick={() => open({ kind: 'post' })} data-testid="wish-create">
            {t('vol.postWish')}
          </Button>
        )}
      </Space>
      <PagedTable<MicroWish>
        paged={paged}
        empty={mayAct ? t('vol.wishesEmptyAdmin') : t('vol.wishesEmpty')}
        testId="wishes-table"
        columns={[
          { title: t('common.title'), dataIndex: 'title' },
          { title: t('needs.community'), dataIndex: 'communityId', render: (id: string) => <OrgName id={id} /> },
          { title: t('vol.claimedBy'), dataIndex: 'claimedBy', render: (m: string | null) => <MemberName id={m} /> },
          { title: t('common.postedAt'), dataIndex: 'postedAt', render: (d: string) => d?.slice(0, 10) },
          {
            title: t('common.status'),
            dataIndex: 'status',
            render: (s: string) => <StatusTag status={s} text={label('wish', s)} />,
          },
          {
            title: t('common.actions'),
            render: (_, w) => (
              <Space size="small">
                {mayAct && w.status === 'open' && (
                  <Button
                    size="small"
                    type="link"
                    onClick={() => open({ kind: 'claim', wish: w })}
                    data-testid="wish-claim"
                  >
                    {t('vol.claim')}
                  </Button>
                )}
                {mayAct && w.status === 'claimed' && (
                  <>
                    <Button
                      size="small"
                      type="link"
                      onClick={() => open({ kind: 'done', wish: w })}
                      data-testid="wish-done"
                    >
                      {t('vol.markDone')}
                    </Button>
                    <Popconfirm title={t('vol.releaseConfirm')} onConfirm={() => step(w, 'release')}>
                      <Button size="small" type="link" danger>
                        {t('vol.release')}
                      </Button>
                    </Popconfirm>
                  </>
                )}
                {mayAct && w.status === 'done' && (
                  <Popconfirm title={t('vol.confirmWishHint')} onConfirm={() => step(w, 'confirm')}>
                    <Button size="small" type="link" data-testid="wish-confirm">
                      {t('vol.confirmWish')}
                    </Button>
                  </Popconfirm>
                )}
                {mayAudit && <Link to={`/audit?stream=volunteering.wish-${w.id}`}>{t('common.history')}</Link>}
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={dialog !== null}
        title={
          dialog?.kind === 'post' ? t('vol.postWish') : dialog?.kind === 'claim' ? t('vol.claim') : t('vol.markDone')
        }
        onCancel={() => setDialog(null)}
        onOk={save}
        confirmLoading={saving}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        okButtonProps={{ 'data-testid': 'wish-save' } as Record<string, string>}
      >
        <Form form={form} layout="vertical">
          {dialog?.kind === 'post' && (
            <>
              <Form.Item
                name="communityId"
                label={t('needs.community')}
                rules={[{ required: true, message: t('common.fixFields') }]}
              >
                <Select
                  disabled={account.role === 'community_admin'}
                  options={communities.map((c) => ({ value: c.id, label: c.name }))}
                />
              </Form.Item>
              <Form.Item
                name="title"
                label={t('common.title')}
                rules={[{ required: true, message: t('common.fixFields') }]}
              >
                <Input id="wish-title" maxLength={100} />
              </Form.Item>
              <Form.Item name="description" label={t('common.description')}>
                <Input.TextArea rows={2} />
              </Form.Item>
            </>
          )}
          {dialog?.kind === 'claim' && (
            <Form.Item
              name="memberId"
              label={t('vol.claimer')}
              extra={t('vol.claimerHint')}
              rules={[{ required: true, message: t('common.fixFields') }]}
            >
              <MemberPicker id="wish-member" communityId={dialog.wish.communityId} />
            </Form.Item>
          )}
          {dialog?.kind === 'done' && (
            <Form.Item name="note" label={t('vol.note')}>
              <Input.TextArea rows={3} id="wish-note" />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}
