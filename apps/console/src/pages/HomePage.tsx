import { Badge, Button, Card, Col, Empty, List, Row, Space, Typography } from 'antd';
import { type ReactNode, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import {
  type Account,
  type Activity,
  api,
  ApiError,
  type MatchingTodo,
  type Need,
  type Offer,
  type Project,
  type Proposal,
  readPage,
} from '../api';
import { areaScope, OrgName, StatusTag, useErrorText, useQuantity } from '../components/data';
import { useI18n } from '../i18n';
import type { MessageKey } from '../messages';
import { useAccount } from '../session';
import { AuditorTasks } from './home/AuditorTasks';
import { NeedLine } from './list-items/Summaries';

/** One block of the to-do: how many in all (counted on the server), and the newest (as `GET /matching/todo` gives them). */
interface TodoBlock<T> {
  total: number;
  items: T[];
}

/** How many items a card lists; its badge shows the server's total of them all. */
const SHOWN = 8;

interface Todo {
  key: MessageKey;
  hint: MessageKey;
  link: string;
  /** the block as the server counted it (null: not loaded) */
  block: TodoBlock<ReactNode> | null;
  unavailable?: boolean;
}

/**
 * Open activities (places left, not finished) of my area, counted by the server. A missing
 * volunteering service shows as "not available", not as an error of the whole page.
 */
async function shortOfVolunteers(account: Account): Promise<{ block: TodoBlock<Activity>; unavailable?: boolean }> {
  try {
    const page = await readPage('/activities', { query: { status: 'open', ...areaScope(account) } }, { limit: SHOWN });
    return { block: { total: page.total ?? page.items.length, items: page.items } };
  } catch (e) {
    return { block: { total: 0, items: [] }, unavailable: (e as ApiError).status === 404 };
  }
}

/** One line of a card: its text and where it leads. */
function Line({ to, children, extra }: { to: string; children: ReactNode; extra?: ReactNode }) {
  return (
    <List.Item extra={extra}>
      <Link to={to} style={{ display: 'block' }}>
        {children}
      </Link>
    </List.Item>
  );
}

type Loaded = { todo: MatchingTodo | null; activities: { block: TodoBlock<Activity>; unavailable?: boolean } | null };

/**
 * 今日待办: what this person must do, from one request to matching (`GET /matching/todo`: every
 * block counted on the server over the person's whole scope, with its newest items, names and all)
 * and one to volunteering — never a request per item (issue 17).
 */
function useTodos(account: Account): { todos: Todo[] | null; error: string | null } {
  const quantity = useQuantity();
  const { label } = useI18n();
  const errorText = useErrorText();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    const admin = ['community_admin', 'street_admin', 'district_admin'].includes(account.role);
    if (!admin && account.role !== 'unit_contact') {
      setLoaded({ todo: null, activities: null });
      return;
    }
    let live = true;
    Promise.all([
      api.get('/matching/todo', { query: { limit: SHOWN } }),
      admin ? shortOfVolunteers(account) : Promise.resolve(null),
    ])
      .then(([todo, activities]) => live && setLoaded({ todo, activities }))
      .catch((e: unknown) => live && setError(e));
    return () => {
      live = false;
    };
  }, [account]);
  if (error) return { todos: null, error: errorText(error) };
  if (!loaded) return { todos: null, error: null };
  const { todo, activities } = loaded;

  const map = <T,>(block: TodoBlock<T> | null, line: (item: T) => ReactNode): TodoBlock<ReactNode> | null =>
    block && { total: block.total, items: block.items.map(line) };
  const need = (n: Need) => (
    <Line key={n.id} to="/needs" extra={<StatusTag status={n.status} />}>
      <NeedLine need={n} />
    </Line>
  );
  const proposal = (p: Proposal) => (
    <Line key={p.id} to="/matching" extra={p.unitName}>
      <NeedLine need={p.need} />
    </Line>
  );
  const project = (p: Project) => (
    <Line key={p.id} to={`/projects?id=${p.id}`} extra={<StatusTag status={p.status} />}>
      <Space direction="vertical" size={0}>
        <Typography.Text strong>{p.title}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {[p.communityName ?? '—', p.unitName ?? '—', quantity(p.quantity)].join('｜')}
        </Typography.Text>
      </Space>
    </Line>
  );
  const offer = (o: Offer) => (
    <Line key={o.id} to="/offers" extra={<StatusTag status={o.status} />}>
      <Space direction="vertical" size={0}>
        <Typography.Text strong>{o.title}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {[quantity(o.remaining), `${o.window.from} ~ ${o.window.to}`].join('｜')}
        </Typography.Text>
      </Space>
    </Line>
  );
  const activity = (a: Activity) => (
    <Line key={a.id} to="/volunteering" extra={<StatusTag status={a.status} text={label('activity', a.status)} />}>
      {a.title}
    </Line>
  );
  const list: Array<Todo | null> = [
    todo?.openNeeds
      ? { key: 'home.openNeeds', hint: 'home.openNeedsHint', link: '/needs', block: map(todo.openNeeds, need) }
      : null,
    todo?.awaiting
      ? { key: 'home.awaitingMe', hint: 'home.awaitingMeHint', link: '/matching', block: map(todo.awaiting, proposal) }
      : null,
    todo?.toStart
      ? { key: 'home.toStart', hint: 'home.nothing', link: '/projects', block: map(todo.toStart, project) }
      : null,
    todo?.toComplete
      ? { key: 'home.toComplete', hint: 'home.nothing', link: '/projects', block: map(todo.toComplete, project) }
      : null,
    todo?.toEvaluate
      ? { key: 'home.toEvaluate', hint: 'home.nothing', link: '/projects', block: map(todo.toEvaluate, project) }
      : null,
    todo?.myOffers
      ? { key: 'home.myOffers', hint: 'home.myOffersHint', link: '/offers', block: map(todo.myOffers, offer) }
      : null,
    activities
      ? {
          key: 'home.shortVolunteers',
          hint: 'home.shortVolunteersHint',
          link: '/volunteering',
          block: map(activities.block, activity),
          unavailable: activities.unavailable,
        }
      : null,
  ];
  return { todos: list.filter((x): x is Todo => x !== null), error: null };
}

function TodoCard({ todo }: { todo: Todo }) {
  const { t } = useI18n();
  const total = todo.block?.total ?? 0;
  const items = todo.block?.items ?? [];
  return (
    <Card
      title={
        <Space>
          {t(todo.key)}
          <Badge
            count={total}
            showZero
            overflowCount={99999}
            color={total ? '#c0392b' : '#aaa'}
            data-testid={`todo-count-${todo.key}`}
            data-count={total}
          />
        </Space>
      }
      extra={<Link to={todo.link}>{t('home.open')}</Link>}
      data-testid={`todo-${todo.key}`}
    >
      {todo.unavailable ? (
        <Empty description={t('common.unknownRoute')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : items.length > 0 ? (
        <>
          <List size="small">{items}</List>
          {total > items.length && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              <Link to={todo.link}>{t('home.more', { n: total - items.length })}</Link>
            </Typography.Text>
          )}
        </>
      ) : (
        <Empty description={t(todo.hint)} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      )}
    </Card>
  );
}

/** 今日待办: the home page of each role (an auditor's: integrity, replays, the last day's events). */
export default function HomePage() {
  const { t, label } = useI18n();
  const account = useAccount();
  const { todos, error } = useTodos(account);
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
        {(todos ?? []).map((todo) => (
          <Col key={todo.key} xs={24} md={12} xl={8}>
            <TodoCard todo={todo} />
          </Col>
        ))}
      </Row>
      {account.role === 'auditor' && <AuditorTasks />}
      {todos && todos.length === 0 && shortcuts.length === 0 && <Empty description={t('home.nothing')} />}
      {!todos && !error && <Button loading type="text" />}
    </Space>
  );
}
