import { App, Button, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Radio, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import {
  ACTIVITY_STATUS_CODES,
  CATEGORY_CODES,
  HOURS_VERIFICATION_CODES,
  VOLUNTEER_KIND_CODES,
} from '@gongjian/contracts';
import { type Activity, api, type Filters, type Schemas } from '../../api';
import { areaScope, OrgName, StatusTag, useFormFailure, usePaged, useScopeTree } from '../../components/data';
import { PagedTable } from '../../components/PagedTable';
import { useI18n } from '../../i18n';
import { isAdmin, useAccount } from '../../session';
import { when } from './activity';
import { ActivityDrawer } from './ActivityDrawer';

type Body = Schemas['PublishActivityDto'];
const FIELDS: Array<keyof Body> = [
  'orgId',
  'title',
  'description',
  'category',
  'place',
  'startsAt',
  'endsAt',
  'slots',
  'pointsPerHour',
  'openTo',
  'hoursVerification',
];

/** `datetime-local` input → ISO instant (the browser's time zone); empty stays empty for the API to refuse. */
/**
 * A form item of an instant the API takes as ISO 8601: antd's DatePicker with the time (in the
 * console's locale, zh-CN by default) shows and picks it in local time; the form keeps the ISO string.
 */
const instantItemProps = {
  getValueProps: (value?: string | null) => ({ value: value ? dayjs(value) : null }),
  normalize: (value: Dayjs | null) => (value ? value.toISOString() : undefined),
};

/** 招募令: communities and grids publish activities, sign members up and record their attendance. */
export function Activities() {
  const { t, label } = useI18n();
  const account = useAccount();
  const { message } = App.useApp();
  const formFailure = useFormFailure();
  const { flat } = useScopeTree(account);
  const communities = flat.filter((o) => o.kind === 'community');
  const places = flat.filter((o) => o.kind === 'community' || o.kind === 'grid');
  const [filters, setFilters] = useState<Filters<'/activities'>>({});
  // my area by default (a community, or a street's/district's subtree); a chosen community narrows it
  const paged = usePaged('/activities', { query: { ...areaScope(account), ...filters } });
  const [creating, setCreating] = useState(false);
  const [saving, setSaving] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const [form] = Form.useForm<Body>();
  const mayPublish = isAdmin(account);
  const mayAudit = ['district_admin', 'auditor'].includes(account.role);
  const required = [{ required: true, message: t('common.fixFields') }];

  const create = () => {
    form.resetFields();
    form.setFieldsValue({
      orgId: account.role === 'community_admin' ? (account.orgId ?? undefined) : undefined,
      slots: 10,
      pointsPerHour: 10,
      openTo: ['members'],
      hoursVerification: 'organiser',
    });
    setCreating(true);
  };

  const save = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setSaving(true);
    try {
      await api.post('/activities', {
        body: values,
      });
      message.success(t('vol.published'));
      setCreating(false);
      paged.reload();
    } catch (e) {
      formFailure(form, e, FIELDS); // the modal stays open with what was typed
    } finally {
      setSaving(false);
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
            options={ACTIVITY_STATUS_CODES.map((s) => ({ value: s, label: label('activity', s) }))}
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
              value={filters.communityId}
              options={communities.map((c) => ({ value: c.id, label: c.name }))}
              onChange={(communityId) => setFilters((f) => ({ ...f, communityId }))}
            />
          )}
        </Space>
        {mayPublish && (
          <Button type="primary" onClick={create} data-testid="activity-create">
            {t('vol.publish')}
          </Button>
        )}
      </Space>
      <PagedTable<Activity>
        paged={paged}
        empty={mayPublish ? t('vol.emptyAdmin') : t('vol.empty')}
        testId="activities-table"
        columns={[
          {
            title: t('common.title'),
            dataIndex: 'title',
            render: (title: string, a) => (
              <a onClick={() => setOpenId(a.id)} data-testid="activity-open">
                {title}
              </a>
            ),
          },
          { title: t('vol.organiser'), dataIndex: 'orgId', render: (id: string) => <OrgName id={id} /> },
          { title: t('common.category'), dataIndex: 'category', render: (c: string) => label('category', c) },
          { title: t('vol.startsAt'), dataIndex: 'startsAt', render: when },
          { title: t('vol.signups'), render: (_, a) => `${a.signedUpCount} / ${a.slots}` },
          {
            title: t('vol.hours'),
            render: (_, a) => a.verifiedHours,
          },
          {
            title: t('common.status'),
            dataIndex: 'status',
            render: (s: string) => <StatusTag status={s} text={label('activity', s)} />,
          },
          {
            title: t('common.actions'),
            render: (_, a) => (
              <Space size="small">
                <Button size="small" type="link" onClick={() => setOpenId(a.id)}>
                  {t('vol.manage')}
                </Button>
                {mayAudit && <Link to={`/audit?stream=volunteering.activity-${a.id}`}>{t('common.history')}</Link>}
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={creating}
        title={t('vol.publish')}
        onCancel={() => setCreating(false)}
        onOk={save}
        confirmLoading={saving}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        width={640}
        okButtonProps={{ 'data-testid': 'activity-save' } as Record<string, string>}
      >
        <Form form={form} layout="vertical" data-testid="activity-form">
          <Form.Item
            name="orgId"
            label={t('vol.organiser')}
            rules={[{ required: true, message: t('common.fixFields') }]}
          >
            <Select
              id="activity-org"
              disabled={account.role === 'community_admin' && places.length <= 1}
              options={places.map((o) => ({ value: o.id, label: `${o.name}（${label('org.kind', o.kind)}）` }))}
            />
          </Form.Item>
          <Form.Item
            name="title"
            label={t('common.title')}
            rules={[{ required: true, message: t('common.fixFields') }]}
          >
            <Input id="activity-title" maxLength={100} />
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
                id="activity-category"
                style={{ width: 160 }}
                options={CATEGORY_CODES.map((c) => ({ value: c, label: label('category', c) }))}
              />
            </Form.Item>
            <Form.Item name="place" label={t('vol.place')}>
              <Input id="activity-place" style={{ width: 260 }} />
            </Form.Item>
          </Space>
          <Space wrap>
            <Form.Item name="startsAt" label={t('vol.startsAt')} rules={required} {...instantItemProps}>
              <DatePicker id="activity-starts" showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
            </Form.Item>
            <Form.Item name="endsAt" label={t('vol.endsAt')} rules={required} {...instantItemProps}>
              <DatePicker id="activity-ends" showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
            </Form.Item>
          </Space>
          <Space wrap>
            <Form.Item name="slots" label={t('vol.slots')} rules={required}>
              <InputNumber id="activity-slots" min={1} style={{ width: 120 }} />
            </Form.Item>
            <Form.Item name="pointsPerHour" label={t('vol.pointsPerHour')} rules={required}>
              <InputNumber id="activity-points" min={0} style={{ width: 120 }} />
            </Form.Item>
          </Space>
          <Form.Item name="openTo" label={t('vol.openTo')} rules={required}>
            <Checkbox.Group
              data-testid="activity-open-to"
              options={VOLUNTEER_KIND_CODES.map((k) => ({ value: k, label: label('volunteerKind', k) }))}
            />
          </Form.Item>
          <Form.Item name="hoursVerification" label={t('vol.hoursVerification')}>
            <Radio.Group
              id="activity-hours-verification"
              options={HOURS_VERIFICATION_CODES.map((v) => ({ value: v, label: label('hoursVerification', v) }))}
            />
          </Form.Item>
        </Form>
      </Modal>
      <ActivityDrawer id={openId} onClose={() => setOpenId(null)} onChanged={paged.reload} />
    </>
  );
}
