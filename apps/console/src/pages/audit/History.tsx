import {
  Alert,
  Button,
  Descriptions,
  Drawer,
  Empty,
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
import { useFailure } from '../../components/data';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../messages';
import { Actor, show, useProjectionLabel } from './shared';

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

/** The history of one entity: every event with actor and effects; a click opens its causation chain. */
export function History({ stream, open }: { stream: string; open: (stream: string) => void }) {
  const { t, label } = useI18n();
  const projection = useProjectionLabel();
  const [prefix, setPrefix] = useState(split(stream).prefix);
  const [input, setInput] = useState(split(stream).id);
  const [history, setHistory] = useState<StreamHistory | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [event, setEvent] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  useEffect(() => {
    setPrefix(split(stream).prefix);
    setInput(split(stream).id);
    setHistory(null);
    setError(null);
    setPage(1);
    if (!stream) return;
    api
      .get('/audit/streams/{streamId}', { path: { streamId: stream } })
      .then(setHistory)
      .catch(setError);
  }, [stream]);
  const go = () => open(input.trim() ? `${prefix}${input.trim()}` : '');
  const events = history?.events.slice((page - 1) * PAGE, page * PAGE) ?? [];
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
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
        <Button type="primary" onClick={go}>
          {t('audit.open')}
        </Button>
      </Space.Compact>
      {!stream && <Empty description={t('audit.emptyStream')} />}
      {error && (
        <Alert type="error" showIcon message={error.status === 404 ? t('audit.streamNotFound') : error.message} />
      )}
      {history && (
        <div data-testid="audit-history">
          <Space style={{ marginBottom: 16 }} wrap>
            <Typography.Text code>{history.streamId}</Typography.Text>
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
                      <b>{label('event', e.type)}</b> <Tag color="blue">{e.type}</Tag>
                    </Typography.Link>
                    <span>#{e.streamRevision}</span>
                    <span>{new Date(e.occurredAt).toLocaleString()}</span>
                    <Actor actor={e.actor} />
                  </Space>
                  {(e.effects ?? [])
                    .filter((x) => x.change !== 'unchanged')
                    .map((x) => (
                      <div key={`${x.projection}-${x.documentId}`} style={{ fontSize: 12, color: '#666' }} data-latin>
                        <Tag>{projection(x.projection)}</Tag>
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
          {history.events.length > PAGE && (
            <Pagination size="small" current={page} pageSize={PAGE} total={history.events.length} onChange={setPage} />
          )}
        </div>
      )}
      <Drawer open={event !== null} onClose={() => setEvent(null)} width={640} title={t('audit.causation')}>
        {event && <Causation eventId={event} />}
      </Drawer>
    </Space>
  );
}

/** One event: what caused it (up to the request) and what it caused, in any service. */
function Causation({ eventId }: { eventId: string }) {
  const { t, label } = useI18n();
  const [data, setData] = useState<EventWithCausation | null>(null);
  const fail = useFailure();
  useEffect(() => {
    api.get('/audit/events/{eventId}', { path: { eventId } }).then(setData).catch(fail);
  }, [eventId, fail]);
  if (!data) return null;
  const chain = (events: AuditEvent[]) => (
    <Timeline
      items={events.map((e) => ({
        key: e.eventId,
        children: (
          <Space wrap>
            {label('event', e.type)}
            <Tag color="blue">{e.type}</Tag>
            <Typography.Text code>{e.streamId}</Typography.Text>
            <Actor actor={e.actor} />
          </Space>
        ),
      }))}
    />
  );
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="causation">
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
      <pre style={{ background: '#fafafa', padding: 12, maxHeight: 300, overflow: 'auto' }}>
        {JSON.stringify(data.data, null, 2)}
      </pre>
    </Space>
  );
}
