import { Badge, Button, Card, Col, Empty, List, Row, Space, Typography } from 'antd';
import { type ReactNode, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { type Account, api, ApiError, type Page } from '../api';
import { OrgName, StatusTag } from '../components/data';
import { useI18n } from '../i18n';
import type { MessageKey } from '../messages';
import { useAccount } from '../session';

interface Item {
  id: string;
  title: string;
  status?: string;
  link: string;
}
interface Todo {
  key: MessageKey;
  hint: MessageKey;
  link: string;
  items: Item[] | null;
  unavailable?: boolean;
}

type Row = Record<string, unknown> & { id: string; title?: string; status?: string };
const list = (path: string, query: Record<string, string | undefined>) =>
  api.get<Page<Row>>(path, { ...query, limit: 50 }).then((p) => p.items);

/** What this person must do today, from the list routes of their scope. */
async function todos(account: Account): Promise<Todo[]> {
  const org = account.orgId ?? undefined;
  const needTitle = async (needId: string) =>
    api
      .get<{ title: string }>(`/needs/${needId}`)
      .then((n) => n.title)
      .catch(() => needId.slice(0, 8));
  const asItems = (rows: Row[], link: (r: Row) => string): Item[] =>
    rows.map((r) => ({ id: r.id, title: String(r.title ?? r.id), status: r.status, link: link(r) }));
  const awaiting = async (side: 'community' | 'unit', query: Record<string, string | undefined>) => {
    const pending = (await list('/proposals', { status: 'pending', ...query })).filter(
      (p) => !(p.acceptedBy as string[]).includes(side),
    );
    return Promise.all(
      pending.map(async (p) => ({ id: p.id, title: await needTitle(String(p.needId)), link: '/matching' })),
    );
  };
  if (account.role === 'community_admin' || account.role === 'street_admin' || account.role === 'district_admin') {
    const scope = account.role === 'community_admin' ? { communityId: org } : {};
    const [open, pending, running, completed, awaitingMe] = await Promise.all([
      list('/needs', { status: 'open', ...scope }),
      list('/proposals', { status: 'pending', ...scope }),
      list('/projects', { status: 'in_progress', ...scope }),
      list('/projects', { status: 'completed', ...scope }),
      awaiting('community', scope),
    ]);
    const proposed = new Set(pending.map((p) => p.needId));
    const activities = await list('/activities', { orgId: org })
      .then((rows) => rows.filter((a) => Number(a.signups ?? a.signedUp ?? 0) < Number(a.slots ?? 0)))
      .then((rows) => ({ items: asItems(rows, () => '/volunteering'), unavailable: false }))
      .catch((e: ApiError) => ({ items: [] as Item[], unavailable: e.status === 404 }));
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
      { key: 'home.awaitingMe', hint: 'home.awaitingMeHint', link: '/matching', items: awaitingMe },
      {
        key: 'home.toComplete',
        hint: 'home.nothing',
        link: '/projects',
        items: asItems(running, (r) => `/projects?id=${r.id}`),
      },
      {
        key: 'home.toEvaluate',
        hint: 'home.nothing',
        link: '/projects',
        items: asItems(
          completed.filter((p) => (p.evaluations as unknown[]).length === 0),
          (r) => `/projects?id=${r.id}`,
        ),
      },
      { key: 'home.shortVolunteers', hint: 'home.nothing', link: '/volunteering', ...activities },
    ];
  }
  if (account.role === 'unit_contact') {
    const [awaitingMe, offers, projects] = await Promise.all([
      awaiting('unit', { unitId: org }),
      list('/offers', { unitId: org }),
      list('/projects', { unitId: org }),
    ]);
    return [
      { key: 'home.awaitingMe', hint: 'home.awaitingMeHint', link: '/matching', items: awaitingMe },
      {
        key: 'home.toComplete',
        hint: 'home.nothing',
        link: '/projects',
        items: asItems(
          projects.filter((p) => p.status !== 'completed'),
          (r) => `/projects?id=${r.id}`,
        ),
      },
      { key: 'home.myOffers', hint: 'home.myOffersHint', link: '/offers', items: asItems(offers, () => '/offers') },
    ];
  }
  return [];
}

function TodoCard({ todo }: { todo: Todo }) {
  const { t } = useI18n();
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
            <List.Item extra={item.status && <StatusTag status={item.status} />}>
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

/** 今日待办: the home page of each role. */
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
      {items && items.length === 0 && shortcuts.length === 0 && <Empty description={t('home.nothing')} />}
      {!items && !error && <Button loading type="text" />}
    </Space>
  );
}
