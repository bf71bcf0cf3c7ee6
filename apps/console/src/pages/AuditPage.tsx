import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Drawer,
  Empty,
  Input,
  Progress,
  Result,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api, type ApiError } from '../api';
import { useFailure, usePaged } from '../components/data';
import { PagedTable } from '../components/PagedTable';
import { useI18n } from '../i18n';

interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}
interface AuditEvent {
  eventId: string;
  type: string;
  streamId?: string;
  streamRevision: number;
  occurredAt: string;
  actor: { accountId: string; role: string; orgId: string | null } | null;
  correlationId: string;
  causationId: string | null;
  data: unknown;
  effects?: Array<{ projection: string; documentId: string; change: string; fields: FieldChange[] }>;
}
interface StreamHistory {
  streamId: string;
  revision: number;
  chain: { intact: boolean; breaks: unknown[] };
  events: AuditEvent[];
  state: Record<string, unknown>;
}
interface Replay {
  id: string;
  projection: string;
  status: string;
  progress: { done: number; total: number; eventsPerSecond: number; etaSeconds: number | null };
  documents: number | null;
  differences: Array<{ documentId: string; kind: string; fields: FieldChange[] }> | null;
  chainBreaks: unknown[];
  error: string | null;
}

const show = (v: unknown) => (v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v));

/** 审计: stream history with causation, replays with progress and differences, integrity, export. */
export default function AuditPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const stream = params.get('stream') ?? '';
  return (
    <Card title={t('audit.title')}>
      <Tabs
        items={[
          {
            key: 'history',
            label: t('audit.history'),
            children: <History stream={stream} open={(s) => setParams(s ? { stream: s } : {})} />,
          },
          { key: 'recent', label: t('audit.recent'), children: <Recent /> },
          { key: 'replay', label: t('audit.replay'), children: <Replays /> },
          { key: 'integrity', label: t('audit.integrity'), children: <Integrity /> },
          { key: 'export', label: t('audit.export'), children: <Export stream={stream} /> },
        ]}
      />
    </Card>
  );
}

function Actor({ actor }: { actor: AuditEvent['actor'] }) {
  const { label } = useI18n();
  if (!actor) return <>—</>;
  return (
    <span>
      {actor.accountId} <Tag>{label('role', actor.role)}</Tag>
    </span>
  );
}

function History({ stream, open }: { stream: string; open: (stream: string) => void }) {
  const { t, label } = useI18n();
  const [input, setInput] = useState(stream);
  const [history, setHistory] = useState<StreamHistory | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [event, setEvent] = useState<string | null>(null);
  useEffect(() => {
    setInput(stream);
    setHistory(null);
    setError(null);
    if (!stream) return;
    api
      .get<StreamHistory>(`/audit/streams/${encodeURIComponent(stream)}`)
      .then(setHistory)
      .catch(setError);
  }, [stream]);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space.Compact style={{ width: '100%', maxWidth: 720 }}>
        <Input
          placeholder={t('audit.streamHint')}
          value={input}
          onChange={(e) => setInput(e.target.value)}
          onPressEnter={() => open(input.trim())}
          data-testid="audit-stream"
        />
        <Button type="primary" onClick={() => open(input.trim())}>
          {t('audit.open')}
        </Button>
      </Space.Compact>
      {!stream && <Empty description={t('audit.emptyStream')} />}
      {error && <Alert type="error" showIcon message={error.message} />}
      {history && (
        <div data-testid="audit-history">
          <Space style={{ marginBottom: 16 }}>
            <Typography.Text code>{history.streamId}</Typography.Text>
            {history.chain.intact ? (
              <Tag color="green">{t('audit.chainIntact')}</Tag>
            ) : (
              <Tag color="red">{t('audit.chainBroken')}</Tag>
            )}
            <span>
              {t('audit.revision')} {history.revision}
            </span>
          </Space>
          <Timeline
            items={history.events.map((e) => ({
              key: e.eventId,
              children: (
                <div data-testid="audit-event">
                  <Space wrap>
                    <Typography.Link onClick={() => setEvent(e.eventId)}>
                      <b>{label('event', e.type)}</b> <Tag color="blue">{e.type}</Tag>
                    </Typography.Link>
                    <span>#{e.streamRevision}</span>
                    <span>{new Date(e.occurredAt).toLocaleString()}</span>
                    <Actor actor={e.actor} />
                  </Space>
                  {(e.effects ?? [])
                    .filter((x) => x.change !== 'unchanged')
                    .map((x) => (
                      <div key={`${x.projection}-${x.documentId}`} style={{ fontSize: 12, color: '#666' }}>
                        <Tag>{x.projection}</Tag>
                        {label('audit.change', x.change)}：
                        {x.fields
                          .filter((f) => x.change !== 'created' || (f.after !== null && f.field !== '_id'))
                          .map((f) =>
                            x.change === 'created'
                              ? `${f.field} = ${show(f.after)}`
                              : `${f.field} ${show(f.before)} → ${show(f.after)}`,
                          )
                          .join('；')}
                      </div>
                    ))}
                </div>
              ),
            }))}
          />
        </div>
      )}
      <Drawer open={event !== null} onClose={() => setEvent(null)} width={640} title={t('audit.causation')}>
        {event && <Causation eventId={event} />}
      </Drawer>
    </Space>
  );
}

function Causation({ eventId }: { eventId: string }) {
  const { t, label } = useI18n();
  const [data, setData] = useState<(AuditEvent & { causedBy: AuditEvent[]; caused: AuditEvent[] }) | null>(null);
  const fail = useFailure();
  useEffect(() => {
    api.get<typeof data>(`/audit/events/${eventId}`).then(setData).catch(fail);
  }, [eventId, fail]);
  if (!data) return null;
  const row = (e: AuditEvent) => (
    <Space wrap key={e.eventId}>
      {label('event', e.type)}
      <Tag color="blue">{e.type}</Tag>
      <Typography.Text code>{e.streamId}</Typography.Text>
      <Actor actor={e.actor} />
    </Space>
  );
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('audit.type')}>
          {label('event', data.type)} <Tag>{data.type}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('audit.actor')}>
          <Actor actor={data.actor} />
        </Descriptions.Item>
        <Descriptions.Item label={t('audit.occurredAt')}>
          {new Date(data.occurredAt).toLocaleString()}
        </Descriptions.Item>
      </Descriptions>
      <h4>{t('audit.causedBy')}</h4>
      {data.causedBy.length ? data.causedBy.map(row) : '—'}
      <h4>{t('audit.caused')}</h4>
      {data.caused.length ? data.caused.map(row) : '—'}
      <pre style={{ background: '#fafafa', padding: 12, maxHeight: 300, overflow: 'auto' }}>
        {JSON.stringify(data.data, null, 2)}
      </pre>
    </Space>
  );
}

function Recent() {
  const { t, label } = useI18n();
  const [type, setType] = useState<string | undefined>();
  const paged = usePaged<AuditEvent>('/audit/events', { type });
  const [, setParams] = useSearchParams();
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Input.Search
        placeholder={t('audit.type')}
        allowClear
        onSearch={(v) => setType(v || undefined)}
        style={{ width: 280 }}
      />
      <PagedTable<AuditEvent>
        paged={paged}
        rowKey="eventId"
        empty={t('common.empty')}
        columns={[
          {
            title: t('audit.occurredAt'),
            dataIndex: 'occurredAt',
            render: (d: string) => new Date(d).toLocaleString(),
          },
          {
            title: t('audit.type'),
            dataIndex: 'type',
            render: (type: string) => (
              <span>
                {label('event', type)} <Tag>{type}</Tag>
              </span>
            ),
          },
          {
            title: t('audit.streamId'),
            dataIndex: 'streamId',
            render: (s: string) => <Typography.Link onClick={() => setParams({ stream: s })}>{s}</Typography.Link>,
          },
          { title: t('audit.actor'), render: (_, e) => <Actor actor={e.actor} /> },
        ]}
      />
    </Space>
  );
}

function Replays() {
  const { t, label } = useI18n();
  const fail = useFailure();
  const [projections, setProjections] = useState<string[]>([]);
  const [projection, setProjection] = useState<string | undefined>();
  const [until, setUntil] = useState('');
  const [replay, setReplay] = useState<Replay | null>(null);
  useEffect(() => {
    api
      .get<{ items: string[] }>('/audit/projections')
      .then((r) => setProjections(r.items))
      .catch(fail);
  }, [fail]);
  useEffect(() => {
    if (!replay || replay.status !== 'running') return;
    const timer = setTimeout(() => {
      api.get<Replay>(`/audit/replays/${replay.id}`).then(setReplay).catch(fail);
    }, 400);
    return () => clearTimeout(timer);
  }, [replay, fail]);
  const start = async () => {
    try {
      setReplay(await api.post<Replay>('/audit/replays', { projection, until: until || undefined }));
    } catch (e) {
      fail(e);
    }
  };
  const pct =
    replay && replay.progress.total > 0 ? Math.round((100 * replay.progress.done) / replay.progress.total) : 0;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <span>{t('audit.projection')}</span>
        <Select
          style={{ width: 220 }}
          value={projection}
          onChange={setProjection}
          options={projections.map((p) => ({ value: p, label: p }))}
          id="replay-projection"
          data-testid="replay-projection"
        />
        <span>{t('audit.until')}</span>
        <Input type="date" value={until} onChange={(e) => setUntil(e.target.value)} style={{ width: 160 }} />
        <Button
          type="primary"
          disabled={!projection || replay?.status === 'running'}
          onClick={start}
          data-testid="replay-start"
        >
          {t('audit.startReplay')}
        </Button>
      </Space>
      {replay && (
        <div data-testid="replay-status">
          <Progress
            percent={replay.status === 'completed' ? 100 : pct}
            status={replay.status === 'running' ? 'active' : replay.status === 'completed' ? 'success' : 'exception'}
          />
          <Space>
            <span>{label('status', replay.status)}</span>
            <span>
              {replay.progress.done}/{replay.progress.total}
            </span>
            {replay.error && <Typography.Text type="danger">{replay.error}</Typography.Text>}
          </Space>
          {replay.differences &&
            (replay.differences.length === 0 ? (
              <Alert type="success" showIcon message={t('audit.noDifferences')} style={{ marginTop: 12 }} />
            ) : (
              <Table
                style={{ marginTop: 12 }}
                size="small"
                rowKey="documentId"
                dataSource={replay.differences}
                pagination={{ pageSize: 20 }}
                columns={[
                  { title: t('common.id'), dataIndex: 'documentId' },
                  { title: t('audit.differences'), dataIndex: 'kind' },
                  {
                    title: t('audit.field'),
                    render: (_, d) =>
                      d.fields.map((f) => `${f.field}: ${show(f.before)} → ${show(f.after)}`).join('；'),
                  },
                ]}
              />
            ))}
        </div>
      )}
    </Space>
  );
}

function Integrity() {
  const { t } = useI18n();
  const fail = useFailure();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{
    intact: boolean;
    checkedEvents: number;
    streams: number;
    breaks: Array<{ streamId: string; streamRevision: number; reason: string }>;
    millis: number;
  } | null>(null);
  const check = async () => {
    setBusy(true);
    try {
      setResult(await api.get('/audit/integrity'));
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Button type="primary" loading={busy} onClick={check} data-testid="integrity-check">
        {t('audit.checkIntegrity')}
      </Button>
      {busy && <Progress percent={99} status="active" showInfo={false} />}
      {result && (
        <Result
          status={result.intact ? 'success' : 'error'}
          title={result.intact ? t('audit.chainIntact') : t('audit.chainBroken')}
          subTitle={t('audit.checked', {
            events: result.checkedEvents,
            streams: result.streams,
            millis: result.millis,
          })}
          extra={result.breaks.map((b) => (
            <div key={`${b.streamId}-${b.streamRevision}`}>
              {b.streamId} #{b.streamRevision}: {b.reason}
            </div>
          ))}
        />
      )}
    </Space>
  );
}

function Export({ stream }: { stream: string }) {
  const { t } = useI18n();
  const fail = useFailure();
  const { message } = App.useApp();
  const download = (format: 'jsonl' | 'csv') =>
    api
      .download('/audit/export', { format, streamId: stream || undefined }, `gongjian-audit.${format}`)
      .then(() => message.success(t('common.done')))
      .catch(fail);
  return (
    <Space direction="vertical">
      {stream && <Typography.Text code>{stream}</Typography.Text>}
      <Space>
        <Button onClick={() => download('jsonl')}>{t('audit.exportJsonl')}</Button>
        <Button onClick={() => download('csv')}>{t('audit.exportCsv')}</Button>
      </Space>
    </Space>
  );
}
