import { Alert, App, Button, Card, Descriptions, Popconfirm, Space, Spin, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, ApiError, type Schemas } from '../../api';
import { OrgName, orgName, useErrorText, useFailure } from '../../components/data';
import { useI18n } from '../../i18n';
import { useAdminOver } from '../funds/money';
import { type Choice, DecisionForm } from './DecisionForm';
import { Attendance, DoneModal, Minutes } from './SessionRecord';
import { SessionStatusTag } from './MeetingSessions';

export type Session = Schemas['JointMeetingSession'];
type AgendaItem = Session['agenda'][number];
type ActionItem = Session['actionItems'][number];
type Decision = Session['decisions'][number];

/** The members and running appointments of the meeting on the session's day (the choices of attendance and owners). */
function useMeetingOnDay(session: Session | null) {
  const [units, setUnits] = useState<Choice[]>([]);
  const [partTime, setPartTime] = useState<Choice[]>([]);
  const orgId = session?.orgId;
  const day = session?.heldOn.slice(0, 10);
  useEffect(() => {
    if (!orgId || !day) return;
    api
      .get('/organizations/{id}/joint-meeting', { path: { id: orgId } })
      .then(async (m) => {
        const on = m.members.filter(
          (x) => x.joinedOn.slice(0, 10) <= day && (!x.leftOn || x.leftOn.slice(0, 10) >= day),
        );
        setUnits(await Promise.all(on.map(async (x) => ({ value: x.unitId, label: await orgName(x.unitId) }))));
      })
      .catch(() => setUnits([]));
    api
      .get('/organizations/{id}/part-time-members', { path: { id: orgId } })
      .then((p) =>
        setPartTime(
          p.items
            .filter((a) => a.term.from <= day && a.term.to >= day && (!a.endedOn || a.endedOn >= day))
            .map((a) => ({ value: a.appointmentId, label: `${a.personName}（${a.position}）` })),
        ),
      )
      .catch(() => setPartTime([]));
  }, [orgId, day]);
  return { units, partTime };
}

function ItemStatus({ item }: { item: ActionItem }) {
  const { t } = useI18n();
  return (
    <Space size={4}>
      <Tag color={item.status === 'done' ? 'success' : 'processing'} data-status={item.status}>
        {t(`meeting.itemStatus.${item.status}`)}
      </Tag>
      {item.overdue && (
        <Tag color="red" data-testid="action-overdue">
          {t('meeting.overdue')}
        </Tag>
      )}
    </Space>
  );
}

/**
 * 联席会议 — one session's page: its agenda (items carried over from earlier sessions shown as
 * they stand now), attendance of member units and part-time members, minutes, the decision on
 * each item (adopted, rejected, deferred; votes or consensus) and the action items followed to
 * done, with the needs decisions created. The admins over the meeting's organisation record;
 * member units' contacts read.
 */
export default function SessionPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { message } = App.useApp();
  const fail = useFailure();
  const errorText = useErrorText();
  const [session, setSession] = useState<Session | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [deciding, setDeciding] = useState<string | null>(null);
  const [completing, setCompleting] = useState<ActionItem | null>(null);
  const runs = useAdminOver(session?.orgId);
  const { units, partTime } = useMeetingOnDay(session);
  const load = useCallback(
    () =>
      api
        .get('/joint-meeting-sessions/{id}', { path: { id } })
        .then((s) => (setSession(s), setError(null)))
        .catch((e: ApiError) => setError(e)),
    [id],
  );
  useEffect(() => {
    load();
  }, [load]);

  const saved = (s: Session) => {
    setSession(s);
    message.success(t('common.done'));
  };
  const run = async (call: () => Promise<Session>) => {
    try {
      saved(await call());
    } catch (e) {
      fail(e);
    }
  };

  if (error) return <Alert type="error" showIcon message={errorText(error)} />;
  if (!session) return <Spin style={{ display: 'block', margin: 48 }} />;
  const open = session.status === 'convened';
  const records = runs && open;
  const decisionOf = (itemId: string) => session.decisions.find((d) => d.agendaItemId === itemId);
  const ownerName = (o: ActionItem['owner']) =>
    o.kind === 'part_time_member' ? (partTime.find((p) => p.value === o.id)?.label ?? o.id) : <OrgName id={o.id} />;

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Card
        title={
          <Space>
            {session.title}
            <SessionStatusTag status={session.status} />
          </Space>
        }
        extra={
          <Space>
            <Link to="/organizations">{t('meeting.back')}</Link>
            {records && (
              <Popconfirm
                title={t('meeting.closeConfirm')}
                onConfirm={() => run(() => api.post('/joint-meeting-sessions/{id}/close', { path: { id } }))}
              >
                <Button danger data-testid="session-close">
                  {t('meeting.close')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        }
        data-testid="session-card"
      >
        <Descriptions size="small" column={3} bordered>
          <Descriptions.Item label={t('org.jointMeeting')}>
            <OrgName id={session.orgId} />
          </Descriptions.Item>
          <Descriptions.Item label={t('meeting.heldOn')}>{session.heldOn}</Descriptions.Item>
          <Descriptions.Item label={t('meeting.place')}>{session.place}</Descriptions.Item>
        </Descriptions>
        {!runs && <Alert style={{ marginTop: 12 }} type="info" showIcon message={t('meeting.readOnly')} />}
      </Card>

      <Card title={t('meeting.agenda')} size="small">
        <Table<AgendaItem>
          size="small"
          rowKey="agendaItemId"
          dataSource={session.agenda}
          pagination={false}
          data-testid="session-agenda"
          columns={[
            {
              title: t('meeting.itemKind'),
              render: (_, a) => (
                <Tag color={a.kind === 'carried_over' ? 'orange' : 'blue'}>{t(`meeting.kind.${a.kind}`)}</Tag>
              ),
            },
            {
              title: t('meeting.itemTitle'),
              render: (_, a) => <AgendaTitle item={a} ownerName={ownerName} />,
            },
            {
              title: t('meeting.proposedBy'),
              render: (_, a) => (a.kind === 'unit_proposal' ? <OrgName id={a.proposedBy} /> : (a.proposedBy ?? '—')),
            },
            {
              title: t('meeting.decision'),
              render: (_, a) => <DecisionCell decision={decisionOf(a.agendaItemId)} />,
            },
            ...(!records
              ? []
              : [
                  {
                    title: t('common.actions'),
                    render: (_: unknown, a: AgendaItem) =>
                      !decisionOf(a.agendaItemId) && (
                        <Button
                          size="small"
                          type="link"
                          onClick={() => setDeciding(a.agendaItemId)}
                          data-testid="agenda-decide"
                        >
                          {t('meeting.decide')}
                        </Button>
                      ),
                  },
                ]),
          ]}
        />
      </Card>

      <Attendance session={session} units={units} partTime={partTime} records={records} onSaved={saved} />
      <Minutes session={session} records={records} onSaved={saved} />

      <Card title={t('meeting.actionItems')} size="small">
        <Table<ActionItem>
          size="small"
          rowKey="actionItemId"
          dataSource={session.actionItems}
          pagination={false}
          data-testid="session-action-items"
          columns={[
            { title: t('meeting.actionTitle'), dataIndex: 'title' },
            { title: t('meeting.owner'), render: (_, a) => ownerName(a.owner) },
            { title: t('meeting.dueOn'), dataIndex: 'dueOn' },
            { title: t('common.status'), render: (_, a) => <ItemStatus item={a} /> },
            {
              title: t('meeting.need'),
              render: (_, a) => (a.needId ? <NeedLink id={a.needId} /> : '—'),
            },
            {
              title: t('meeting.project'),
              render: (_, a) =>
                a.projectId ? <ProjectLink id={a.projectId} created={a.projectStatus === 'created'} /> : '—',
            },
            {
              title: t('meeting.doneNote'),
              render: (_, a) =>
                a.status === 'done' ? `${a.note ?? ''}（${t('meeting.doneOn', { date: a.doneOn ?? '' })}）` : '—',
            },
            ...(!runs
              ? []
              : [
                  {
                    title: t('common.actions'),
                    render: (_: unknown, a: ActionItem) =>
                      a.status === 'open' && (
                        <Button size="small" type="link" onClick={() => setCompleting(a)} data-testid="action-done">
                          {t('meeting.markDone')}
                        </Button>
                      ),
                  },
                ]),
          ]}
        />
      </Card>

      <DecisionForm
        session={session}
        agendaItemId={deciding}
        units={units}
        partTimeMembers={partTime}
        onClose={() => setDeciding(null)}
        onSaved={(s) => {
          setDeciding(null);
          saved(s);
        }}
      />
      <DoneModal
        session={session}
        item={completing}
        onClose={() => setCompleting(null)}
        onSaved={(s) => {
          setCompleting(null);
          saved(s);
        }}
      />
    </Space>
  );
}

/**
 * The need a decision created, by its title: the matching service posts it from the decision's
 * event, a moment after the decision is recorded — until then the page asks again (a few times).
 */
function NeedLink({ id }: { id: string }) {
  const [title, setTitle] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = (tries: number) =>
      api
        .get('/needs/{id}', { path: { id } })
        .then((n) => live && setTitle(n.title))
        .catch(() => {
          if (live && tries > 0) timer = setTimeout(() => ask(tries - 1), 1000);
        });
    ask(10);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [id]);
  return (
    <Link to="/needs" data-testid="action-need">
      {title ?? '…'}
    </Link>
  );
}

/**
 * The co-build project a decision accepted a proposal into (生成的项目), by its title, linked to the
 * project list; 待生成 until the matching service has created it — a moment after the decision,
 * so the page asks a few times, or never, when the proposal was no longer open.
 */
function ProjectLink({ id, created }: { id: string; created: boolean }) {
  const { t } = useI18n();
  const [title, setTitle] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = (tries: number) =>
      api
        .get('/projects/{id}', { path: { id } })
        .then((p) => live && setTitle(p.title))
        .catch(() => {
          if (live && tries > 0) timer = setTimeout(() => ask(tries - 1), 1000);
        });
    ask(created ? 2 : 5);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [id, created]);
  if (title === null && !created)
    return (
      <Tag color="default" data-testid="action-project-pending">
        {t('meeting.projectPending')}
      </Tag>
    );
  return (
    <Link to={`/projects?id=${id}`} data-testid="action-project">
      {title ?? '…'}
    </Link>
  );
}

function AgendaTitle({
  item,
  ownerName,
}: {
  item: AgendaItem;
  ownerName: (o: ActionItem['owner']) => React.ReactNode;
}) {
  const { t } = useI18n();
  const carried = item.carriedOver;
  return (
    <Space direction="vertical" size={0}>
      <span>{item.title}</span>
      {item.description && <Typography.Text type="secondary">{item.description}</Typography.Text>}
      {item.refs.length > 0 && item.kind !== 'carried_over' && (
        <Typography.Text type="secondary">
          {t('meeting.refs')}：<span data-latin>{item.refs.join('，')}</span>
        </Typography.Text>
      )}
      {carried && (
        <Space size={4} wrap data-testid="agenda-carried">
          <Link to={`/joint-meeting-sessions/${carried.sessionId}`}>
            {t('meeting.carriedFrom', { title: carried.sessionTitle, date: carried.heldOn })}
          </Link>
          {carried.agendaItemId && <Tag color="warning">{t('meeting.deferredBefore')}</Tag>}
          {carried.actionItem && (
            <>
              <span>
                {ownerName(carried.actionItem.owner)} · {t('meeting.dueOn')} {carried.actionItem.dueOn}
              </span>
              <ItemStatus item={carried.actionItem} />
            </>
          )}
        </Space>
      )}
    </Space>
  );
}

function DecisionCell({ decision }: { decision: Decision | undefined }) {
  const { t } = useI18n();
  if (!decision) return <Typography.Text type="secondary">{t('meeting.undecided')}</Typography.Text>;
  const colour = { adopted: 'success', rejected: 'error', deferred: 'warning' }[decision.outcome];
  return (
    <Space size={4} wrap data-testid="agenda-decision">
      <Tag color={colour}>{t(`meeting.outcome.${decision.outcome}`)}</Tag>
      <span>
        {decision.method === 'votes' && decision.votes
          ? t('meeting.votes', { ...decision.votes })
          : t('meeting.method.consensus')}
      </span>
    </Space>
  );
}
