import { App, Button, DatePicker, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { HOUSEHOLD_DUTY_CODES, HOUSEHOLD_UNIT_SIZE } from '@gongjian/contracts';
import { api, type Household, type HouseholdUnit, type OrgNode, type Schemas } from '../../api';
import { useFailure, useFormFailure, usePaged } from '../../components/data';
import { OrgPicker } from '../../components/OrgPicker';
import { PagedTable } from '../../components/PagedTable';
import { useI18n } from '../../i18n';
import { isAdmin, useAccount } from '../../session';
import { CentralHouseholds } from './CentralHouseholds';
import { chinaToday } from './dates';

type DutyBody = Schemas['RecordDutyDto'];

/**
 * 住户与联建单元 of a grid or building: its households (户, by door), and its 联建单元 of 10–20
 * households with this month's 轮值户 and the duties recorded (五联创建). The admins over the area
 * and the grid workers of its grid register households, form units, choose the month's 轮值户 and
 * record duties; the auditor reads.
 */
export function Households({ tree }: { tree: OrgNode | null }) {
  const { t } = useI18n();
  const account = useAccount();
  const fail = useFailure();
  const mayAct = isAdmin(account) || account.role === 'grid_worker';
  const [areaId, setAreaId] = useState<string | undefined>();
  const households = usePaged(areaId ? '/households' : null, { query: { areaId } });
  const units = usePaged(areaId ? '/household-units' : null, { query: { areaId } });
  const [registering, setRegistering] = useState(false);
  const [forming, setForming] = useState(false);
  const [recording, setRecording] = useState<HouseholdUnit | null>(null);
  const month = chinaToday().slice(0, 7);
  const communityId = communityOf(tree, areaId);

  const chooseRota = async (unit: HouseholdUnit) => {
    try {
      await api.post('/household-units/{id}/rota', { path: { id: unit.id }, body: { month } });
      units.reload();
    } catch (e) {
      fail(e);
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <OrgPicker
          tree={tree}
          kinds={['grid', 'building']}
          value={areaId}
          onChange={setAreaId}
          id="households-area"
          placeholder={t('grid.pickArea')}
        />
        {mayAct && areaId && (
          <Space>
            <Button onClick={() => setRegistering(true)} data-testid="household-register">
              {t('grid.registerHousehold')}
            </Button>
            <Button type="primary" onClick={() => setForming(true)} data-testid="unit-form">
              {t('grid.formUnit')}
            </Button>
          </Space>
        )}
      </Space>
      {areaId && (
        <>
          <Typography.Title level={5}>{t('grid.units')}</Typography.Title>
          <PagedTable<HouseholdUnit>
            paged={units}
            empty={mayAct ? t('grid.noUnitsAdmin') : t('grid.noUnits')}
            testId="units-of-area"
            expandable={{
              expandedRowRender: (u) => <UnitDetail unit={u} />,
            }}
            columns={[
              { title: t('common.name'), dataIndex: 'name' },
              {
                title: t('grid.size'),
                render: (_, u) => (
                  <Space size={4}>
                    <span>{t('grid.households', { n: u.size })}</span>
                    {u.undersized && <Tag color="orange">{t('grid.undersized')}</Tag>}
                  </Space>
                ),
              },
              {
                title: t('grid.onDuty', { month }),
                render: (_, u) => (
                  <span data-testid="unit-on-duty">{u.rota.find((r) => r.month === month)?.label ?? '—'}</span>
                ),
              },
              {
                title: t('common.actions'),
                render: (_, u) =>
                  mayAct && (
                    <Space size={0}>
                      {!u.rota.some((r) => r.month === month) && (
                        <Button size="small" type="link" onClick={() => chooseRota(u)} data-testid="unit-rota">
                          {t('grid.chooseRota')}
                        </Button>
                      )}
                      {u.rota.some((r) => r.month === month) && (
                        <Button size="small" type="link" onClick={() => setRecording(u)} data-testid="unit-duty">
                          {t('grid.recordDuty')}
                        </Button>
                      )}
                    </Space>
                  ),
              },
            ]}
          />
          {communityId && (
            <>
              <Typography.Title level={5}>{t('grid.central')}</Typography.Title>
              <CentralHouseholds communityId={communityId} areaId={areaId} />
            </>
          )}
          <Typography.Title level={5}>{t('grid.householdsTitle')}</Typography.Title>
          <PagedTable<Household>
            paged={households}
            empty={mayAct ? t('grid.noHouseholdsAdmin') : t('grid.noHouseholds')}
            testId="households-table"
            columns={[
              { title: t('grid.door'), dataIndex: 'label' },
              { title: t('grid.registeredAt'), render: (_, h) => h.registeredAt.slice(0, 10) },
            ]}
          />
        </>
      )}
      {areaId && (
        <RegisterHousehold
          open={registering}
          areaId={areaId}
          onClose={() => setRegistering(false)}
          onSaved={() => households.reload()}
        />
      )}
      {areaId && (
        <FormUnit
          open={forming}
          areaId={areaId}
          onClose={() => setForming(false)}
          onSaved={() => {
            setForming(false);
            units.reload();
          }}
        />
      )}
      <RecordDuty
        unit={recording}
        month={month}
        onClose={() => setRecording(null)}
        onSaved={() => {
          setRecording(null);
          units.reload();
        }}
      />
    </Space>
  );
}

/** The community a grid or building lies in, by the account's tree. */
function communityOf(tree: OrgNode | null, id: string | undefined): string | null {
  if (!tree || !id) return null;
  const walk = (n: OrgNode, community: string | null): string | null => {
    const here = n.kind === 'community' ? n.id : community;
    if (n.id === id) return here;
    for (const c of n.children) {
      const found = walk(c, here);
      if (found) return found;
    }
    return null;
  };
  return walk(tree, null);
}

/** A unit's households (when each joined, when it last served) and its rota with the duties done. */
function UnitDetail({ unit }: { unit: HouseholdUnit }) {
  const { t, label } = useI18n();
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">{t('grid.unitMembersHint')}</Typography.Text>
      <Space size={[4, 4]} wrap>
        {unit.households.map((h) => (
          <Tag key={h.householdId} color={h.householdId === unit.nextOnDuty ? 'red' : undefined}>
            {h.label}
            {h.lastServed ? ` · ${h.lastServed}` : ''}
          </Tag>
        ))}
      </Space>
      <Table
        size="small"
        rowKey="month"
        pagination={false}
        dataSource={[...unit.rota].reverse()}
        locale={{ emptyText: t('grid.noRota') }}
        columns={[
          { title: t('grid.month'), dataIndex: 'month' },
          { title: t('grid.rotaHousehold'), dataIndex: 'label' },
          {
            title: t('grid.duties'),
            render: (_, r: HouseholdUnit['rota'][number]) =>
              r.duties.length === 0
                ? '—'
                : r.duties.map((d) => (
                    <div key={d.dutyId}>
                      <Tag>{label('duty', d.duty)}</Tag>
                      {d.on.slice(0, 10)} {d.description}
                    </div>
                  )),
          },
        ]}
      />
    </Space>
  );
}

function RegisterHousehold({
  open,
  areaId,
  onClose,
  onSaved,
}: {
  open: boolean;
  areaId: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const formFailure = useFormFailure();
  const [form] = Form.useForm<{ labels: string }>();
  const [busy, setBusy] = useState(false);
  const save = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const labels = values.labels
      .split(/[\n,，、]+/)
      .map((s) => s.trim())
      .filter(Boolean);
    setBusy(true);
    try {
      for (const label of labels) await api.post('/households', { body: { label, areaId } });
      message.success(t('grid.householdsRegistered', { n: labels.length }));
      form.resetFields();
      onSaved();
      onClose();
    } catch (e) {
      onSaved();
      formFailure(form, e, ['labels']);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={t('grid.registerHousehold')}
      onCancel={onClose}
      onOk={save}
      confirmLoading={busy}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'household-save' } as Record<string, string>}
    >
      <Form form={form} layout="vertical">
        <Form.Item
          name="labels"
          label={t('grid.doors')}
          extra={t('grid.doorsHint')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input.TextArea id="household-doors" rows={5} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function FormUnit({
  open,
  areaId,
  onClose,
  onSaved,
}: {
  open: boolean;
  areaId: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const formFailure = useFormFailure();
  const [form] = Form.useForm<{ name: string; householdIds: string[] }>();
  const [busy, setBusy] = useState(false);
  const [free, setFree] = useState<Household[]>([]);
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    let live = true;
    Promise.all([
      api.get('/households', { query: { areaId, limit: 200 } }),
      api.get('/household-units', { query: { areaId, limit: 200 } }),
    ])
      .then(([h, u]) => {
        const taken = new Set(u.items.flatMap((x) => x.households.map((m) => m.householdId)));
        if (live) setFree(h.items.filter((x) => !taken.has(x.id)));
      })
      .catch(() => live && setFree([]));
    return () => {
      live = false;
    };
  }, [open, areaId, form]);
  const save = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setBusy(true);
    try {
      await api.post('/household-units', { body: { ...values, areaId } });
      message.success(t('grid.unitFormed', { name: values.name }));
      onSaved();
    } catch (e) {
      formFailure(form, e, ['name', 'householdIds']);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={t('grid.formUnit')}
      onCancel={onClose}
      onOk={save}
      confirmLoading={busy}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'hu-save' } as Record<string, string>}
    >
      <Form form={form} layout="vertical">
        <Form.Item
          name="name"
          label={t('common.name')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input id="hu-name" maxLength={50} />
        </Form.Item>
        <Form.Item
          name="householdIds"
          label={t('grid.unitHouseholds', HOUSEHOLD_UNIT_SIZE)}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Select
            id="hu-households"
            mode="multiple"
            optionFilterProp="label"
            options={free.map((h) => ({ value: h.id, label: h.label }))}
            notFoundContent={t('grid.noFreeHouseholds')}
          />
        </Form.Item>
        <Button
          size="small"
          disabled={free.length === 0}
          onClick={() => form.setFieldsValue({ householdIds: free.slice(0, HOUSEHOLD_UNIT_SIZE.max).map((h) => h.id) })}
          data-testid="unit-households-all"
        >
          {t('grid.pickAllFree', { n: Math.min(free.length, HOUSEHOLD_UNIT_SIZE.max) })}
        </Button>
      </Form>
    </Modal>
  );
}

function RecordDuty({
  unit,
  month,
  onClose,
  onSaved,
}: {
  unit: HouseholdUnit | null;
  month: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t, label } = useI18n();
  const formFailure = useFormFailure();
  const [form] = Form.useForm<{ duty: DutyBody['duty']; description: string; on: dayjs.Dayjs }>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (unit) form.setFieldsValue({ on: dayjs(chinaToday()) });
  }, [unit, form]);
  const save = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values || !unit) return;
    setBusy(true);
    try {
      await api.post('/household-units/{id}/duties', {
        path: { id: unit.id },
        body: { duty: values.duty, description: values.description, on: values.on.format('YYYY-MM-DD'), month },
      });
      form.resetFields();
      onSaved();
    } catch (e) {
      formFailure(form, e, ['duty', 'description', 'on']);
    } finally {
      setBusy(false);
    }
  };
  const onDuty = unit?.rota.find((r) => r.month === month)?.label ?? '';
  return (
    <Modal
      open={unit !== null}
      title={t('grid.recordDutyOf', { unit: unit?.name ?? '', household: onDuty })}
      onCancel={onClose}
      onOk={save}
      confirmLoading={busy}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'duty-save' } as Record<string, string>}
    >
      <Form form={form} layout="vertical">
        <Form.Item name="duty" label={t('grid.duty')} rules={[{ required: true, message: t('common.required') }]}>
          <Select id="duty-kind" options={HOUSEHOLD_DUTY_CODES.map((d) => ({ value: d, label: label('duty', d) }))} />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('grid.dutyWhat')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input.TextArea id="duty-description" rows={3} maxLength={500} />
        </Form.Item>
        <Form.Item name="on" label={t('grid.dutyOn')} rules={[{ required: true, message: t('common.required') }]}>
          <DatePicker id="duty-on" allowClear={false} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
