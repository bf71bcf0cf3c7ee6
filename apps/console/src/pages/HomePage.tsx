import { Badge, Button, Card, Col, Empty, List, Row, Space, Typography } from 'antd';
import { type ReactNode, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { type Account, api, ApiError, type ListInput, type ListRoute, type Proposal, readPage } from '../api';
import { areaScope, OrgName, StatusTag } from '../components/data';
import { useI18n } from '../i18n';
import type { MessageKey } from '../messages';
import { useAccount } from '../session';
import { AuditorTasks } from './home/AuditorTasks';

interface Item {
  id: string;
  title: string;
  status?: string;
  /** the namespace of the status's words when it is not a need's or project's (`activity`) */
  statusOf?: string;
  link: string;
}
interface Todo {
  key: MessageKey;
  hint: MessageKey;
  link: string;
  items: Item[] | null;
  unavailable?: boolean;
}

/** The first items of a list route. */
const list = <R extends ListRoute>(route: R, input: ListInput<R>, limit = 50) =>
  readPage(route, input, { limit }).then((p) => p.items);

const needTitle = (needId: string) =>
  api
    .get('/needs/{id}', { path: { id: needId } })
    .then((n) => n.title)
    .catch(() => needId.slice(0, 8));
type Row = { id: string; title: string; status?: string };
const asItems = (rows: Row[], link: (r: Row) => string): Item[] =>
  rows.map((r) => ({ id: r.id, title: r.title, status: r.status, link: link(r) }));
const projectLink = (r: Row) => `/projects?id=${r.id}`;

/** Pending proposals the given side has not accepted yet, titled by their need. */
async function awaiting(rows: Proposal[], side: Proposal['acceptedBy'][number]): Promise<Item[]> {
  const pending = rows.filter((p) => !p.acceptedBy.includes(side));
  return Promise.all(pending.map(async (p) => ({ id: p.id, title: await needTitle(p.needId), link: '/matching' })));
}

/**
 * Open activities (places left, not finished) of my area. A missing volunteering service shows as
 * "not available", not as an error of the whole page.
 */
async function shortOfVolunteers(account: Account): Promise<Partial<Todo>> {
  try {
    const rows = await list('/activities', { query: { status: 'open', ...areaScope(account) } });
    return { items: asItems(rows, () => '/volunteering').map((item) => ({ ...item, statusOf: 'activity' })) };
  } catch (e) {
    return { items: [], unavailable: (e as ApiError).status === 404 };
  }
}

/** What this person must do today, from the list routes of their scope. */
async function todos(account: Account): Promise<Todo[]> {
  const org = account.orgId ?? undefined;
  if (account.role === 'community_admin' || account.role === 'street_admin' || account.role === 'district_admin') {
    // my area: a community, or a street's/district's subtree (the API filters by orgId)
    const area = areaScope(account);
    const [open, pending, running, completed, activities] = await Promise.all([
      list('/needs', { query: { status: 'open', ...area } }),
      list('/proposals', { query: { status: 'pending', ...area } }),
      list('/projects', { query: { status: 'in_progress', ...area } }),
      list('/projects', { query: { status: 'completed', ...area } }),
      shortOfVolunteers(account),
    ]);
    const proposed = new Set(pending.map((p) => p.needId));
    return [
      {
        key: 'home.openNeeds',
        hint: 'home.openNeedsHint',
        link: '/matching',
        items: asItems(
          open.filter((n) => !proposed.has(n.id)),
          () => '/needs',
        ),
      },
      {
        key: 'home.awaitingMe',
        hint: 'home.awaitingMeHint',
        link: '/matching',
        items: await awaiting(pending, 'community'),
      },
      { key: 'home.toComplete', hint: 'home.nothing', link: '/projects', items: asItems(running, projectLink) },
      {
        key: 'home.toEvaluate',
        hint: 'home.nothing',
        link: '/projects',
        items: asItems(
          completed.filter((p) => p.evaluations.length === 0),
          projectLink,
        ),
      },
      {
        key: 'home.shortVolunteers',
        hint: 'home.shortVolunteersHint',
        link: '/volunteering',
        items: [],
        ...activities,
      },
    ];
  }
  if (account.role === 'unit_contact') {
    const [pending, offers, projects] = await Promise.all([
      list('/proposals', { query: { status: 'pending', unitId: org } }),
      list('/offers', { query: { unitId: org } }),
      list('/projects', { query: { unitId: org } }),
    ]);
    return [
      {
        key: 'home.awaitingMe',
        hint: 'home.awaitingMeHint',
        link: '/matching',
        items: await awaiting(pending, 'unit'),
      },
      {
        key: 'home.toComplete',
        hint: 'home.nothing',
        link: '/projects',
        items: asItems(
          projects.filter((p) => p.status !== 'completed'),
          projectLink,
        ),
      },
      { key: 'home.myOffers', hint: 'home.myOffersHint', link: '/offers', items: asItems(offers, () => '/offers') },
    ];
  }
  return [];
}

function TodoCard({ todo }: { todo: Todo }) {
  const { t, label } = useI18n();
  return (
    <Card
      title={
        <Space>
          {t(todo.key)}
          <Badge count={todo.items?.length ?? 0} showZero color={todo.items?.length ? '#c0392b' : '#aaa'} />
        </Space>
      }
      extra={<Link to={todo.link}>{t('home.open')}</Link>}
      data-testid={`todo-${todo.key}`}
    >
      {todo.unavailable ? (
        <Empty description={t('common.unknownRoute')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : todo.items && todo.items.length > 0 ? (
        <List
          size="small"
          dataSource={todo.items.slice(0, 8)}
          renderItem={(item) => (
            <List.Item
              extra={
                item.status && (
                  <StatusTag status={item.status} text={item.statusOf && label(item.statusOf, item.status)} />
                )
              }
            >
              <Link to={item.link}>{item.title}</Link>
            </List.Item>
          )}
        />
      ) : (
        <Empty description={t(todo.hint)} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      )}
    </Card>
  );
}

/** 今日待办: the home page of each role (an auditor's: integrity, replays, the last day's events). */
export function HomePage() {
  const { t, label } = useI18n();
  const account = useAccount();
  const [items, setItems] = useState<Todo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    todos(account)
      .then(setItems)
      .catch((e: Error) => setError(e.message));
  }, [account]);
  const shortcuts: ReactNode[] = [];
  if (['district_admin', 'street_admin', 'auditor'].includes(account.role))
    shortcuts.push(
      <Card key="dash" title={t('nav.dashboard')} extra={<Link to="/dashboard">{t('home.open')}</Link>}>
        {t('home.dashboardHint')}
      </Card>,
    );
  if (['district_admin', 'auditor'].includes(account.role))
    shortcuts.push(
      <Card key="audit" title={t('nav.audit')} extra={<Link to="/audit">{t('home.open')}</Link>}>
        {t('home.auditHint')}
      </Card>,
    );
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <div>
        <Typography.Title level={3} data-testid="home-title">
          {t('nav.home')} · {t('home.greeting', { name: account.displayName })}
        </Typography.Title>
        <Typography.Text type="secondary">
          {label('role', account.role)} · <OrgName id={account.orgId} />
        </Typography.Text>
      </div>
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
      <Row gutter={[16, 16]}>
        {shortcuts.map((s, i) => (
          <Col key={i} xs={24} md={12}>
            {s}
          </Col>
        ))}
        {(items ?? []).map((todo) => (
          <Col key={todo.key} xs={24} md={12} xl={8}>
            <TodoCard todo={todo} />
          </Col>
        ))}
      </Row>
      {account.role === 'auditor' && <AuditorTasks />}
      {items && items.length === 0 && shortcuts.length === 0 && <Empty description={t('home.nothing')} />}
      {!items && !error && <Button loading type="text" />}
    </Space>
  );
}
