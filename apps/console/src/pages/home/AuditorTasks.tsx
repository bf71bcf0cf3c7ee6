import { Badge, Button, Card, Col, Empty, List, Progress, Row, Space, Typography } from 'antd';
import { type ReactNode, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { api, type AuditEvent, readPage, type Replay } from '../../api';
import { useFailure } from '../../components/data';
import { useI18n } from '../../i18n';
import { lastIntegrity, rememberIntegrity } from '../audit/lastIntegrity';
import { EventType, type Names, useProjectionLabel, useStreamName } from '../audit/shared';

const DAY = 86_400_000;

function TaskCard(props: { id: string; title: string; count?: number; link: string; children: ReactNode }) {
  const { id, title, count, link, children } = props;
  const { t } = useI18n();
  return (
    <Col xs={24} md={12} xl={8}>
      <Card
        title={
          <Space>
            {title}
            {count !== undefined && <Badge count={count} showZero color={count ? '#c0392b' : '#aaa'} />}
          </Space>
        }
        extra={<Link to={link}>{t('home.open')}</Link>}
        data-testid={id}
      >
        {children}
      </Card>
    </Col>
  );
}

/** The last full hash-chain check of this browser, today's if there was one; a button runs it now. */
function Integrity() {
  const { t, locale } = useI18n();
  const fail = useFailure();
  const [report, setReport] = useState(lastIntegrity);
  const [busy, setBusy] = useState(false);
  const at = (iso: string) => new Date(iso).toLocaleString(locale === 'en' ? 'en-GB' : 'zh-CN', { hour12: false });
  const today = report !== null && Date.now() - Date.parse(report.at) < DAY;
  const check = async () => {
    setBusy(true);
    try {
      rememberIntegrity(await api.get('/audit/integrity'));
      setReport(lastIntegrity());
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };
  const pending = report ? report.breaks.length + (today ? 0 : 1) : 1;
  return (
    <TaskCard id="todo-home.integrity" title={t('home.integrity')} count={pending} link="/audit?tab=integrity">
      <Space direction="vertical" style={{ width: '100%' }}>
        {!report && <Typography.Text>{t('home.integrityNever')}</Typography.Text>}
        {report && !today && <Typography.Text>{t('home.integrityStale', { at: at(report.at) })}</Typography.Text>}
        {report && today && report.intact && (
          <Typography.Text type="success" data-testid="home-integrity-result">
            {t('home.integrityOk', { at: at(report.at), events: report.checkedEvents, streams: report.streams })}
          </Typography.Text>
        )}
        {report && !report.intact && (
          <>
            <Typography.Text type="danger" data-testid="home-integrity-result">
              {t('home.integrityBroken', { at: at(report.at), n: report.breaks.length })}
            </Typography.Text>
            <List
              size="small"
              dataSource={report.breaks.slice(0, 8)}
              renderItem={(b) => (
                <List.Item>
                  <Link to={`/audit?stream=${encodeURIComponent(b.streamId)}`} data-latin>
                    {b.streamId} #{b.streamRevision}
                  </Link>
                </List.Item>
              )}
            />
          </>
        )}
        <Button loading={busy} onClick={check} data-testid="home-integrity-check">
          {t('home.checkNow')}
        </Button>
        {busy && <Progress percent={100} status="active" showInfo={false} />}
      </Space>
    </TaskCard>
  );
}

/** Replays still running, and finished ones whose differences nobody swapped in or examined yet. */
function Replays() {
  const { t } = useI18n();
  const projectionLabel = useProjectionLabel();
  const [replays, setReplays] = useState<Replay[] | null>(null);
  useEffect(() => {
    api
      .get('/audit/replays')
      .then((p) => setReplays(p.items))
      .catch(() => setReplays([]));
  }, []);
  const open = (replays ?? []).filter(
    (r) => r.status === 'running' || (r.status === 'completed' && !r.swappedAt && (r.differences?.length ?? 0) > 0),
  );
  return (
    <TaskCard id="todo-home.replays" title={t('home.replays')} count={open.length} link="/audit?tab=replay">
      {open.length === 0 ? (
        <Empty description={t('home.replaysHint')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <List
          size="small"
          dataSource={open}
          renderItem={(r) => (
            <List.Item>
              <Space direction="vertical" style={{ width: '100%' }} size={0}>
                <span>{projectionLabel(r.projection)}</span>
                {r.status === 'running' ? (
                  <Progress percent={r.progress.total ? Math.floor((100 * r.progress.done) / r.progress.total) : 0} />
                ) : (
                  <Typography.Text type="warning">
                    {t('home.replayDiffers', { n: r.differences?.length ?? 0 })}
                  </Typography.Text>
                )}
              </Space>
            </List.Item>
          )}
        />
      )}
    </TaskCard>
  );
}

/** How many events the last 24 hours brought (counted on the server), and the latest few, in words. */
function RecentEvents() {
  const { t } = useI18n();
  const streamName = useStreamName();
  const [state, setState] = useState<{ count: number; latest: AuditEvent[]; names: Names } | null>(null);
  useEffect(() => {
    const from = new Date(Date.now() - DAY).toISOString();
    readPage('/audit/events', { query: { from } }, { limit: 5 })
      .then((page) => setState({ count: page.total ?? page.items.length, latest: page.items, names: page.names ?? {} }))
      .catch(() => setState({ count: 0, latest: [], names: {} }));
  }, []);
  return (
    <TaskCard id="todo-home.recentEvents" title={t('home.recentEvents')} link="/audit?tab=recent">
      {state && state.count === 0 ? (
        <Empty description={t('home.recentNone')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Text strong data-testid="home-recent-count">
            {state && t('home.recentCount', { n: state.count })}
          </Typography.Text>
          <List
            size="small"
            dataSource={state?.latest ?? []}
            loading={!state}
            renderItem={(e) => (
              <List.Item>
                <Space wrap size={4}>
                  <EventType type={e.type} />
                  {e.streamId && (
                    <Link to={`/audit?stream=${encodeURIComponent(e.streamId)}`}>
                      {streamName(e.streamId, state?.names)}
                    </Link>
                  )}
                </Space>
              </List.Item>
            )}
          />
        </Space>
      )}
    </TaskCard>
  );
}

/** The auditor's day: is every hash chain intact, which replays need a look, what happened lately. */
export function AuditorTasks() {
  return (
    <Row gutter={[16, 16]} data-testid="auditor-tasks">
      <Integrity />
      <Replays />
      <RecentEvents />
    </Row>
  );
}
