import {
  Alert,
  Button,
  Collapse,
  Descriptions,
  Drawer,
  Input,
  Pagination,
  Select,
  Space,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { api, type ApiError, type AuditEvent, type EventWithCausation, type StreamHistory } from '../../api';
import { useErrorText, useFailure } from '../../components/data';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../messages';
import { Search } from './Search';
import { Actor, EventType, type Names, splitStream, useProjectionLabel, useStreamName, useValueText } from './shared';

/** The kinds of entity whose history one can open by id: stream ids are `<prefix><id>`. */
const ENTITIES: Array<{ prefix: string; key: MessageKey }> = [
  { prefix: 'matching.need-', key: 'audit.entity.need' },
  { prefix: 'matching.offer-', key: 'audit.entity.offer' },
  { prefix: 'matching.proposal-', key: 'audit.entity.proposal' },
  { prefix: 'matching.project-', key: 'audit.entity.project' },
  { prefix: 'members.member-', key: 'audit.entity.member' },
  { prefix: 'members.ledger-', key: 'audit.entity.ledger' },
  { prefix: 'volunteering.activity-', key: 'audit.entity.activity' },
  { prefix: 'volunteering.wish-', key: 'audit.entity.wish' },
  { prefix: 'organizations.org-', key: 'audit.entity.org' },
  { prefix: 'organizations.unit-', key: 'audit.entity.unit' },
  { prefix: 'organizations.pairing-', key: 'audit.entity.pairing' },
  { prefix: 'organizations.account-', key: 'audit.entity.account' },
];
const PAGE = 20;

const split = (stream: string) => {
  const entity = ENTITIES.find((e) => stream.startsWith(e.prefix));
  return entity ? { prefix: entity.prefix, id: stream.slice(entity.prefix.length) } : { prefix: '', id: stream };
};

/** Opening a history by its id, for those who have one (a link from a list carries it). */
function ById({ stream, open }: { stream: string; open: (stream: string) => void }) {
  const { t } = useI18n();
  const [prefix, setPrefix] = useState(split(stream).prefix);
  const [input, setInput] = useState(split(stream).id);
  useEffect(() => {
    setPrefix(split(stream).prefix);
    setInput(split(stream).id);
  }, [stream]);
  const go = () => open(input.trim() ? `${prefix}${input.trim()}` : '');
  return (
    <Space.Compact style={{ width: '100%', maxWidth: 820 }}>
      <Select
        style={{ width: 160 }}
        value={prefix}
        onChange={setPrefix}
        options={[
          ...ENTITIES.map((e) => ({ value: e.prefix, label: t(e.key) })),
          { value: '', label: t('audit.entity.stream') },
        ]}
        data-testid="audit-entity"
      />
      <Input
        placeholder={prefix ? t('audit.idHint') : t('audit.streamHint')}
        value={input}
        onChange={(e) => setInput(e.target.value)}
        onPressEnter={go}
        data-testid="audit-stream"
      />
      <Button onClick={go}>{t('audit.open')}</Button>
    </Space.Compact>
  );
}

/** What one event did to the read models, field by field, in words and names. */
function Effects({ effects, names }: { effects: StreamHistory['events'][number]['effects']; names: Names }) {
  const { label } = useI18n();
  const projection = useProjectionLabel();
  const value = useValueText(names);
  return (
    <>
      {effects
        .filter((x) => x.change !== 'unchanged')
        .map((x) => (
          <div
            key={`${x.projection}-${x.documentId}`}
            style={{ fontSize: 12, color: '#666' }}
            data-testid="audit-effect"
          >
            <Tag>{projection(x.projection)}</Tag>
            {label('audit.change', x.change)}：
            {x.fields
              .filter((f) => !['_id', 'version'].includes(f.field))
              // a new document's empty fields, and a change that reads the same before and after, say nothing
              .filter((f) =>
                x.change === 'created'
                  ? value(f.field, f.after) !== '—'
                  : value(f.field, f.before) !== value(f.field, f.after),
              )
              .map((f) =>
                x.change === 'created'
                  ? `${label('field', f.field)} = ${value(f.field, f.after)}`
                  : `${label('field', f.field)} ${value(f.field, f.before)} → ${value(f.field, f.after)}`,
              )
              .join('；')}
          </div>
        ))}
    </>
  );
}

/**
 * The history of one entity, found by name (or opened by id): every event in words with its actor
 * and its effects, ids shown by name; a click opens its causation chain.
 */
export function History({ stream, open }: { stream: string; open: (stream: string) => void }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const streamName = useStreamName();
  const [history, setHistory] = useState<StreamHistory | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [event, setEvent] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  useEffect(() => {
    setHistory(null);
    setError(null);
    setPage(1);
    if (!stream) return;
    api
      .get('/audit/streams/{streamId}', { path: { streamId: stream } })
      .then(setHistory)
      .catch(setError);
  }, [stream]);
  const events = history?.events.slice((page - 1) * PAGE, page * PAGE) ?? [];
  const names = history?.names ?? {};
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Search open={open} showResults={!stream} />
      <Collapse
        ghost
        size="small"
        items={[{ key: 'id', label: t('audit.byId'), children: <ById stream={stream} open={open} /> }]}
      />
      {error && (
        <Alert type="error" showIcon message={error.status === 404 ? t('audit.streamNotFound') : errorText(error)} />
      )}
      {history && (
        <div data-testid="audit-history">
          <Space style={{ marginBottom: 16 }} wrap>
            <Typography.Title level={5} style={{ margin: 0 }} data-testid="audit-history-title">
              {streamName(history.streamId, names)}
            </Typography.Title>
            <Typography.Text type="secondary" copyable={{ text: history.streamId }} style={{ fontSize: 12 }}>
              {splitStream(history.streamId).subjectId.slice(0, 8)}…
            </Typography.Text>
            {history.chain.intact ? (
              <Tag color="green">{t('audit.chainIntact')}</Tag>
            ) : (
              <Tag color="red">{t('audit.chainBroken')}</Tag>
            )}
            <span>
              {t('audit.revision')} {history.revision}
            </span>
            <Typography.Text type="secondary">{t('audit.clickForCausation')}</Typography.Text>
          </Space>
          <Timeline
            items={events.map((e) => ({
              key: e.eventId,
              children: (
                <div data-testid="audit-event">
                  <Space wrap>
                    <Typography.Link onClick={() => setEvent(e.eventId)}>
                      <EventType type={e.type} />
                    </Typography.Link>
                    <span>#{e.streamRevision}</span>
                    <span>{new Date(e.occurredAt).toLocaleString()}</span>
                    <Actor actor={e.actor} names={names} />
                  </Space>
                  <Effects effects={e.effects ?? []} names={names} />
                </div>
              ),
            }))}
          />
          {history.events.length > PAGE && (
            <Pagination size="small" current={page} pageSize={PAGE} total={history.events.length} onChange={setPage} />
          )}
        </div>
      )}
      <Drawer open={event !== null} onClose={() => setEvent(null)} width={640} title={t('audit.causation')}>
        {event && <Causation eventId={event} open={(s) => (setEvent(null), open(s))} />}
      </Drawer>
    </Space>
  );
}

/** One event: what caused it (up to the request) and what it caused, in any service. */
function Causation({ eventId, open }: { eventId: string; open: (stream: string) => void }) {
  const { t } = useI18n();
  const streamName = useStreamName();
  const [data, setData] = useState<EventWithCausation | null>(null);
  const fail = useFailure();
  useEffect(() => {
    api.get('/audit/events/{eventId}', { path: { eventId } }).then(setData).catch(fail);
  }, [eventId, fail]);
  if (!data) return null;
  const names = data.names ?? {};
  const chain = (events: AuditEvent[]) => (
    <Timeline
      items={events.map((e) => ({
        key: e.eventId,
        children: (
          <Space wrap>
            <EventType type={e.type} />
            {e.streamId && (
              <Typography.Link onClick={() => open(e.streamId!)}>{streamName(e.streamId, names)}</Typography.Link>
            )}
            <Actor actor={e.actor} names={names} />
          </Space>
        ),
      }))}
    />
  );
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="causation">
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('audit.type')}>
          <EventType type={data.type} />
        </Descriptions.Item>
        <Descriptions.Item label={t('audit.actor')}>
          <Actor actor={data.actor} names={names} />
        </Descriptions.Item>
        <Descriptions.Item label={t('audit.occurredAt')}>
          {new Date(data.occurredAt).toLocaleString()}
        </Descriptions.Item>
        <Descriptions.Item label={t('audit.correlation')}>
          <Typography.Text code>{data.correlationId}</Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      <h4>{t('audit.causedBy')}</h4>
      {data.causedBy.length ? chain(data.causedBy) : t('audit.noCause')}
      <h4>{t('audit.caused')}</h4>
      {data.caused.length ? chain(data.caused) : t('audit.noEffect')}
      <h4>{t('audit.sameRequest')}</h4>
      {chain(data.correlation.filter((e) => e.eventId !== data.eventId))}
      <Collapse
        size="small"
        items={[
          {
            key: 'raw',
            label: t('audit.rawData'),
            children: (
              <pre style={{ background: '#fafafa', padding: 12, maxHeight: 300, overflow: 'auto', margin: 0 }}>
                {JSON.stringify(data.data, null, 2)}
              </pre>
            ),
          },
        ]}
      />
    </Space>
  );
}
