import { Alert, Button, DatePicker, Progress, Select, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { api, type Replay } from '../../api';
import { StatusTag, useFailure } from '../../components/data';
import { progressTotal } from '../../components/format';
import { useI18n } from '../../i18n';
import { show, useProjectionLabel } from './shared';

/** Replays a read model from the log with a progress bar (cancellable), then shows how it differs from the live one. */
export function Replays() {
  const { t, label } = useI18n();
  const fail = useFailure();
  const projectionLabel = useProjectionLabel();
  const [projections, setProjections] = useState<string[]>([]);
  const [projection, setProjection] = useState<string | undefined>();
  const [until, setUntil] = useState<Dayjs | null>(null);
  const [replay, setReplay] = useState<Replay | null>(null);
  useEffect(() => {
    api
      .get('/audit/projections')
      .then((r) => setProjections(r.items))
      .catch(fail);
  }, [fail]);
  useEffect(() => {
    if (!replay || replay.status !== 'running') return;
    const timer = setTimeout(() => {
      api
        .get('/audit/replays/{id}', { path: { id: replay.id } })
        .then(setReplay)
        .catch(fail);
    }, 400);
    return () => clearTimeout(timer);
  }, [replay, fail]);
  const start = async () => {
    try {
      // up to the end of the day picked, in the browser's time zone
      const upTo = until ? until.endOf('day').toISOString() : undefined;
      setReplay(await api.post('/audit/replays', { body: { projection: projection!, until: upTo } }));
    } catch (e) {
      fail(e);
    }
  };
  const cancel = async () => {
    if (!replay) return;
    try {
      setReplay(await api.post('/audit/replays/{id}/cancel', { path: { id: replay.id } }));
    } catch (e) {
      fail(e);
    }
  };
  const p = replay?.progress;
  const pct = p && p.total > 0 ? Math.min(99, Math.floor((100 * p.done) / p.total)) : 0;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <span>{t('audit.projection')}</span>
        <Select
          style={{ width: 260 }}
          value={projection}
          onChange={setProjection}
          showSearch
          optionFilterProp="label"
          options={projections
            .map((name) => ({ value: name, label: projectionLabel(name) }))
            .sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'))}
          id="replay-projection"
          data-testid="replay-projection"
        />
        <span>{t('audit.until')}</span>
        <DatePicker value={until} onChange={setUntil} style={{ width: 160 }} id="replay-until" />
        <Button
          type="primary"
          disabled={!projection || replay?.status === 'running'}
          onClick={start}
          data-testid="replay-start"
        >
          {t('audit.startReplay')}
        </Button>
        {replay?.status === 'running' && (
          <Button danger onClick={cancel} data-testid="replay-cancel">
            {t('audit.cancelReplay')}
          </Button>
        )}
      </Space>
      {!replay && <Typography.Text type="secondary">{t('audit.replayHint')}</Typography.Text>}
      {replay && p && (
        <div data-testid="replay-status">
          <Progress
            percent={replay.status === 'completed' ? 100 : pct}
            status={replay.status === 'running' ? 'active' : replay.status === 'completed' ? 'success' : 'exception'}
          />
          <Space wrap>
            <StatusTag status={replay.status} />
            <span>
              {t('audit.replayProgress', {
                done: p.done,
                total: progressTotal(p),
                rate: Math.round(p.eventsPerSecond),
              })}
            </span>
            {replay.status === 'running' && p.etaSeconds !== null && (
              <span>{t('audit.eta', { seconds: Math.ceil(p.etaSeconds) })}</span>
            )}
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
                pagination={{ pageSize: 20, hideOnSinglePage: true }}
                data-testid="replay-differences"
                columns={[
                  { title: t('common.id'), dataIndex: 'documentId', render: (id: string) => <code>{id}</code> },
                  { title: t('audit.differences'), dataIndex: 'kind', render: (k: string) => label('difference', k) },
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
