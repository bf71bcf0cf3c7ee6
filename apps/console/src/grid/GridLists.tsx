import { Alert, App, Button, Card, Empty, Form, Input, Segmented, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api, type ItemOf } from '../api';
import { OrgName, StatusTag, useFormFailure } from '../components/data';
import { useI18n } from '../i18n';
import { ActivityItem, Loaded } from '../phone/parts';
import { useMore } from '../phone/useMore';
import { clock } from '../phone/volunteer';
import { communitiesOf, type MyGrid, useMyGrids } from './myGrids';

/** "more" under a list of a phone's page, while the server has another page. */
function More({ list }: { list: { hasMore: boolean; loading: boolean; more: () => void } }) {
  const { t } = useI18n();
  if (!list.hasMore) return null;
  return (
    <Button block type="link" loading={list.loading} onClick={list.more}>
      {t('phone.more')}
    </Button>
  );
}

/** The grid chosen by `?grid=` among the worker's grids (all of them when none or another). */
function useChosenGrid(grids: MyGrid[] | null): [string, (grid: string) => void] {
  const [params, setParams] = useSearchParams();
  const chosen = params.get('grid') ?? '';
  const known = grids?.some((g) => g.gridId === chosen) ? chosen : '';
  return [known, (grid) => setParams(grid ? { grid } : {}, { replace: true })];
}

/**
 * 需求: the needs a grid worker reads — of its grids, and its grids' communities' needs of no grid
 * (the server's filter, docs/grid.md) — open ones first, one grid or all, with the server's count.
 */
export function GridNeeds() {
  const { t, label } = useI18n();
  const { grids, error } = useMyGrids();
  const [grid, setGrid] = useChosenGrid(grids);
  const [params, setParams] = useSearchParams();
  const status = params.get('all') ? undefined : 'open';
  const needs = useMore(grids ? '/needs' : null, { query: { gridId: grid || undefined, status } }, 20);
  if (!grids) return <Loaded error={error} loading />;
  const setAll = (all: boolean) => {
    const next = new URLSearchParams(params);
    if (all) next.set('all', '1');
    else next.delete('all');
    setParams(next, { replace: true });
  };
  return (
    <>
      <Alert type="info" showIcon message={t('grid.needs.intro')} />
      {grids.length > 1 && (
        <Segmented
          block
          value={grid}
          onChange={(v) => setGrid(String(v))}
          options={[
            { value: '', label: t('grid.needs.all') },
            ...grids.map((g) => ({ value: g.gridId, label: g.name })),
          ]}
        />
      )}
      <Segmented
        block
        value={status ? 'open' : 'all'}
        onChange={(v) => setAll(v === 'all')}
        options={[
          { value: 'open', label: t('grid.needs.open') },
          { value: 'all', label: t('grid.needs.all') },
        ]}
      />
      <Card
        size="small"
        data-testid="grid-needs"
        extra={
          needs.page && (
            <Typography.Text type="secondary" data-testid="needs-total" data-value={needs.total}>
              {t('grid.needs.total', { n: needs.total })}
            </Typography.Text>
          )
        }
      >
        <Loaded error={needs.error} loading={needs.loading && needs.items.length === 0} />
        {needs.items.map((need) => (
          <div key={need.id} className="phone-item" data-testid="grid-need" data-grid={need.gridId ?? ''}>
            <div className="phone-item-title">{need.title}</div>
            <div className="phone-item-meta">
              {need.gridName ?? t('grid.needs.communityWide')}｜{label('category', need.category)}｜{need.window.from} –{' '}
              {need.window.to}
            </div>
            <Space size={4} wrap className="phone-item-tags">
              <StatusTag status={need.status} />
              <Tag>{label('urgency', need.urgency)}</Tag>
            </Space>
          </div>
        ))}
        {!needs.loading && !needs.error && needs.items.length === 0 && (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('grid.needs.empty')} />
        )}
        <More list={needs} />
      </Card>
    </>
  );
}

/** 微心愿: the wishes of the grids' communities (a wish has no grid), by status, newest first. */
export function GridWishes() {
  const { t, label } = useI18n();
  const { grids, error } = useMyGrids();
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') ?? '') as ItemOf<'/micro-wishes'>['status'] | '';
  const communities = grids ? communitiesOf(grids) : [];
  const communityId = communities.length === 1 ? communities[0] : undefined;
  const wishes = useMore(grids ? '/micro-wishes' : null, { query: { communityId, status: status || undefined } }, 20);
  if (!grids) return <Loaded error={error} loading />;
  return (
    <>
      <Alert type="info" showIcon message={t('grid.wishes.note')} />
      {grids.length > 0 && <PostWish grids={grids} onPosted={wishes.reload} />}
      <Segmented
        block
        value={status}
        onChange={(v) => setParams(v ? { status: String(v) } : {}, { replace: true })}
        options={[
          { value: '', label: t('grid.needs.all') },
          ...(['open', 'claimed', 'done', 'fulfilled'] as const).map((s) => ({ value: s, label: label('wish', s) })),
        ]}
      />
      <Card
        size="small"
        data-testid="grid-wishes"
        extra={
          wishes.page && (
            <Typography.Text type="secondary" data-testid="wishes-total" data-value={wishes.total}>
              {t('grid.wishes.all', { n: wishes.total })}
            </Typography.Text>
          )
        }
      >
        <Loaded error={wishes.error} loading={wishes.loading && wishes.items.length === 0} />
        {wishes.items.map((w) => (
          <div key={w.id} className="phone-item" data-testid="grid-wish">
            <div className="phone-item-title">{w.title}</div>
            {w.description && <div className="phone-item-meta">{w.description}</div>}
            <Space size={4} wrap className="phone-item-tags">
              <StatusTag status={w.status} text={label('wish', w.status)} />
              {w.gridId && (
                <Tag>
                  <OrgName id={w.gridId} />
                </Tag>
              )}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {clock(w.postedAt)}
              </Typography.Text>
            </Space>
          </div>
        ))}
        {!wishes.loading && !wishes.error && wishes.items.length === 0 && (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('grid.wishes.empty')} />
        )}
        <More list={wishes} />
      </Card>
    </>
  );
}

interface WishForm {
  gridId: string;
  title: string;
  description?: string;
}

/**
 * 登记微心愿: a resident of one of the worker's grids told it a wish; posted for that grid, the
 * community's to have taken on (docs/DECISIONS.md 72).
 */
function PostWish({ grids, onPosted }: { grids: MyGrid[]; onPosted: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const formFailure = useFormFailure();
  const [form] = Form.useForm<WishForm>();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const submit = async (values: WishForm) => {
    const grid = grids.find((g) => g.gridId === values.gridId)!;
    setBusy(true);
    try {
      await api.post('/micro-wishes', {
        body: {
          communityId: grid.communityId,
          gridId: grid.gridId,
          title: values.title.trim(),
          description: values.description?.trim() || undefined,
        },
      });
      message.success(t('grid.wish.posted'));
      form.resetFields();
      setOpen(false);
      onPosted();
    } catch (e) {
      formFailure(form, e, ['gridId', 'title', 'description']);
    } finally {
      setBusy(false);
    }
  };
  if (!open)
    return (
      <Button block type="primary" ghost onClick={() => setOpen(true)} data-testid="wish-open">
        {t('grid.wish.post')}
      </Button>
    );
  return (
    <Card size="small" title={t('grid.wish.post')} data-testid="wish-form">
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t('grid.wish.hint')}
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
        initialValues={{ gridId: grids[0].gridId }}
      >
        <Form.Item name="gridId" label={t('grid.wish.grid')} rules={[{ required: true }]}>
          <Select id="wish-grid" options={grids.map((g) => ({ value: g.gridId, label: g.name }))} />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('grid.wish.title')}
          rules={[
            { required: true, whitespace: true, message: t('grid.duty.required', { field: t('grid.wish.title') }) },
          ]}
        >
          <Input id="wish-title" maxLength={100} />
        </Form.Item>
        <Form.Item name="description" label={t('grid.wish.description')}>
          <Input.TextArea id="wish-description" rows={2} maxLength={1000} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="wish-submit">
            {t('grid.wish.submit')}
          </Button>
          <Button onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </Card>
  );
}

/** 活动: the activities each grid publishes, newest first: the ones the grid worker organises. */
export function GridActivities() {
  const { t } = useI18n();
  const { grids, error } = useMyGrids();
  if (!grids) return <Loaded error={error} loading />;
  return (
    <>
      <Alert type="info" showIcon message={t('grid.activities.intro')} />
      {grids.map((grid) => (
        <GridActivitiesOf key={grid.gridId} grid={grid} />
      ))}
    </>
  );
}

function GridActivitiesOf({ grid }: { grid: MyGrid }) {
  const { t } = useI18n();
  const list = useMore('/activities', { query: { orgId: grid.gridId } }, 10);
  return (
    <Card size="small" title={grid.name} data-testid="grid-activities">
      <Loaded error={list.error} loading={list.loading && list.items.length === 0} />
      {list.items.map((a) => (
        <ActivityItem key={a.id} activity={a} showSelf={false} />
      ))}
      {!list.loading && !list.error && list.items.length === 0 && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('grid.activities.empty')} />
      )}
      <More list={list} />
    </Card>
  );
}
