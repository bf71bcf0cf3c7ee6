import { HOUSEHOLD_DUTY_CODES, type HouseholdDuty } from '@gongjian/contracts';
import { App, Button, Card, Empty, Form, Input, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api, type Output } from '../api';
import { OrgName, useFormFailure } from '../components/data';
import { useI18n } from '../i18n';
import { Loaded } from '../phone/parts';
import { useMore } from '../phone/useMore';
import { useRefusal } from '../phone/volunteer';
import { useAccount } from '../session';
import { chinaDay, chinaMonth, communitiesOf, type MyGrid, useMyGrids, useTotal } from './myGrids';

type HouseholdUnit = Output<'get', '/household-units/{id}'>;
const WISH_STATUSES = ['open', 'claimed', 'done', 'fulfilled'] as const;

/** A figure the server counted and what it counts; a link when there is a page to see them on. */
function Stat({ value, label, testId, to }: { value: number | null; label: string; testId: string; to?: string }) {
  const figure = (
    <div className="phone-stat-value" data-testid={testId} data-value={value ?? ''}>
      {value ?? '—'}
    </div>
  );
  return (
    <div>
      {to ? <Link to={to}>{figure}</Link> : figure}
      <div className="phone-stat-label">{label}</div>
    </div>
  );
}

/**
 * 我的网格: a grid worker's home on the phone (issue 18). The grids of its running terms (role and
 * dates), each with its open needs and 联建单元 (this month's 轮值户, chosen here when nobody is
 * yet), and the micro-wishes of their communities by status. Every figure is the `total` the
 * server counted over the whole list, never a count of a page in the browser.
 */
export function GridHome() {
  const { t, label } = useI18n();
  const account = useAccount();
  const { grids, error } = useMyGrids();
  return (
    <>
      <Card size="small">
        <Space direction="vertical" size={4} style={{ width: '100%' }}>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="home-title">
            {t('grid.hello', { name: account.displayName })}
          </Typography.Title>
          <Space size={4} wrap>
            <Tag color="red">{label('role', 'grid_worker')}</Tag>
            {account.orgId && (
              <Typography.Text type="secondary">
                <OrgName id={account.orgId} />
              </Typography.Text>
            )}
          </Space>
        </Space>
      </Card>
      {!grids && <Loaded error={error} loading rows={4} />}
      {grids?.length === 0 && (
        <Card size="small">
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('grid.worker.noGrids')} data-testid="no-grids" />
        </Card>
      )}
      {grids?.map((grid) => (
        <GridCard key={grid.gridId} grid={grid} />
      ))}
      {grids && communitiesOf(grids).map((id) => <CommunityWishes key={id} communityId={id} />)}
    </>
  );
}

/** One grid: the worker's terms there, its open needs, its 联建单元 and their 轮值户 this month. */
function GridCard({ grid }: { grid: MyGrid }) {
  const { t } = useI18n();
  const openNeeds = useTotal(
    () => api.get('/needs', { query: { gridId: grid.gridId, status: 'open', limit: 1 } }),
    `needs-${grid.gridId}`,
  );
  const units = useMore('/household-units', { query: { areaId: grid.gridId } }, 20);
  return (
    <Card
      size="small"
      data-testid="my-grid"
      data-grid={grid.gridId}
      title={<span data-testid="grid-name">{grid.name}</span>}
      extra={
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          <OrgName id={grid.communityId} />
        </Typography.Text>
      }
    >
      <Space size={4} wrap style={{ marginBottom: 8 }}>
        {grid.terms.map((term) => (
          <Tag key={term.assignmentId} color="volcano" data-testid="grid-term">
            {term.role === 'grid_leader'
              ? t('grid.role.grid_leader')
              : term.role === 'grid_worker'
                ? t('grid.role.grid_worker')
                : term.roleName}
            {' · '}
            {term.endsOn
              ? t('grid.termSpan', { from: term.startsOn, to: term.endsOn })
              : t('grid.termFrom', { from: term.startsOn })}
          </Tag>
        ))}
      </Space>
      <div className="phone-stats" style={{ gridTemplateColumns: '1fr 1fr' }}>
        <Stat
          value={openNeeds}
          label={t('grid.openNeeds')}
          testId="grid-open-needs"
          to={`/needs?grid=${grid.gridId}`}
        />
        <Stat value={units.page ? units.total : null} label={t('grid.worker.units')} testId="grid-units" />
      </div>
      <Loaded error={units.error} loading={units.loading && units.items.length === 0} rows={1} />
      {units.items.map((unit) => (
        <UnitRota key={unit.id} unit={unit} onChanged={units.reload} />
      ))}
      {!units.loading && !units.error && units.items.length === 0 && (
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', fontSize: 13 }}>
          {t('grid.unitsEmpty')}
        </Typography.Paragraph>
      )}
      {units.hasMore && (
        <Button block type="link" loading={units.loading} onClick={units.more}>
          {t('phone.more')}
        </Button>
      )}
    </Card>
  );
}

/** A 联建单元 and its 轮值户 this month; none chosen yet: the grid worker chooses it (the rota decides who). */
function UnitRota({ unit, onChanged }: { unit: HouseholdUnit; onChanged: () => void }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const refusal = useRefusal();
  const [busy, setBusy] = useState(false);
  const month = chinaMonth();
  const onDuty = unit.rota.find((m) => m.month === month);
  const next = unit.households.find((h) => h.householdId === unit.nextOnDuty);
  const assign = async () => {
    setBusy(true);
    try {
      const after = await api.post('/household-units/{id}/rota', { path: { id: unit.id }, body: { month } });
      const chosen = after.rota.find((m) => m.month === month);
      message.success(t('grid.rotaAssigned', { label: chosen?.label ?? '' }));
      onChanged();
    } catch (e) {
      message.error(refusal(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="phone-item" data-testid="household-unit">
      <div className="phone-item-title">
        {unit.name}
        <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 8 }}>
          {t('grid.unitSize', { n: unit.size })}
        </Typography.Text>
      </div>
      {onDuty ? (
        <>
          <div className="phone-item-meta" data-testid="rota-this-month">
            {t('grid.rotaThisMonth', { label: onDuty.label })}
          </div>
          {onDuty.duties.map((d) => (
            <div key={d.dutyId} className="phone-item-meta" data-testid="rota-duty">
              <Tag>{label('duty', d.duty)}</Tag>
              {d.on.slice(5)} {d.description}
            </div>
          ))}
          <RecordDuty unit={unit} month={month} onChanged={onChanged} />
        </>
      ) : (
        <Space direction="vertical" size={4} style={{ width: '100%', marginTop: 4 }}>
          <div className="phone-item-meta">
            {t('grid.rotaNone')}
            {next ? `｜${t('grid.rotaNext', { label: next.label })}` : ''}
          </div>
          <Button size="small" loading={busy} onClick={assign} data-testid="rota-assign">
            {t('grid.rotaAssign')}
          </Button>
        </Space>
      )}
    </div>
  );
}

interface DutyForm {
  duty: HouseholdDuty;
  description: string;
  on: string;
}

/** What the household on duty did this month (五联创建), recorded by the grid worker on a day of the month. */
function RecordDuty({ unit, month, onChanged }: { unit: HouseholdUnit; month: string; onChanged: () => void }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const formFailure = useFormFailure();
  const [form] = Form.useForm<DutyForm>();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const required = (field: string) => [
    { required: true, whitespace: true, message: t('grid.duty.required', { field }) },
  ];
  const submit = async (values: DutyForm) => {
    setBusy(true);
    try {
      await api.post('/household-units/{id}/duties', {
        path: { id: unit.id },
        body: { duty: values.duty, description: values.description.trim(), on: values.on, month },
      });
      message.success(t('grid.duty.done'));
      setOpen(false);
      form.resetFields();
      onChanged();
    } catch (e) {
      formFailure(form, e, ['duty', 'description', 'on']);
    } finally {
      setBusy(false);
    }
  };
  if (!open)
    return (
      <Button size="small" style={{ marginTop: 4 }} onClick={() => setOpen(true)} data-testid="duty-open">
        {t('grid.duty.record')}
      </Button>
    );
  return (
    <Form
      form={form}
      layout="vertical"
      size="small"
      requiredMark={false}
      onFinish={submit}
      initialValues={{ on: chinaDay() }}
      style={{ marginTop: 8 }}
      data-testid="duty-form"
    >
      <Form.Item name="duty" label={t('grid.duty.kind')} rules={required(t('grid.duty.kind'))}>
        <Select
          id="duty-kind"
          options={HOUSEHOLD_DUTY_CODES.map((code) => ({ value: code, label: label('duty', code) }))}
        />
      </Form.Item>
      <Form.Item name="description" label={t('grid.duty.description')} rules={required(t('grid.duty.description'))}>
        <Input.TextArea id="duty-description" rows={2} maxLength={500} />
      </Form.Item>
      <Form.Item name="on" label={t('grid.duty.on')} rules={required(t('grid.duty.on'))}>
        <Input id="duty-on" type="date" min={`${month}-01`} max={`${month}-31`} />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="duty-submit">
          {t('grid.duty.submit')}
        </Button>
        <Button onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
      </Space>
    </Form>
  );
}

/** The micro-wishes of a community by status, each figure counted by the server. */
function CommunityWishes({ communityId }: { communityId: string }) {
  const { t, label } = useI18n();
  const counts = {
    open: useTotal(
      () => api.get('/micro-wishes', { query: { communityId, status: 'open', limit: 1 } }),
      `${communityId}-open`,
    ),
    claimed: useTotal(
      () => api.get('/micro-wishes', { query: { communityId, status: 'claimed', limit: 1 } }),
      `${communityId}-claimed`,
    ),
    done: useTotal(
      () => api.get('/micro-wishes', { query: { communityId, status: 'done', limit: 1 } }),
      `${communityId}-done`,
    ),
    fulfilled: useTotal(
      () => api.get('/micro-wishes', { query: { communityId, status: 'fulfilled', limit: 1 } }),
      `${communityId}-fulfilled`,
    ),
  };
  return (
    <Card
      size="small"
      data-testid="community-wishes"
      data-community={communityId}
      title={t('grid.wishes.title')}
      extra={
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          <OrgName id={communityId} />
        </Typography.Text>
      }
    >
      <div className="phone-stats" style={{ gridTemplateColumns: 'repeat(4, 1fr)' }}>
        {WISH_STATUSES.map((status) => (
          <Stat
            key={status}
            value={counts[status]}
            label={label('wish', status)}
            testId={`wishes-${status}`}
            to={`/wishes?status=${status}`}
          />
        ))}
      </div>
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', fontSize: 12 }}>
        {t('grid.wishes.note')}
      </Typography.Paragraph>
    </Card>
  );
}
