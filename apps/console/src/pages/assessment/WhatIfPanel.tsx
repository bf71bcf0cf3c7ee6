import { Alert, Input, Modal, Progress, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, type IndicatorSet, type WhatIf, type WhatIfMove } from '../../api';
import { useErrorText } from '../../components/data';
import { progressTotal } from '../../components/format';
import { useI18n } from '../../i18n';

/**
 * 试算: the draft replayed over the whole history (a job on the server: its progress polled), then
 * the ranking side by side with the published set's — who moves up or down, by how many places
 * and points, and the indicators that explain it.
 */
export function WhatIfPanel({ set, onClose }: { set: IndicatorSet | null; onClose: () => void }) {
  const { t, label } = useI18n();
  const errorText = useErrorText();
  const [period, setPeriod] = useState('');
  const [job, setJob] = useState<WhatIf | null>(null);
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();

  const poll = useCallback(
    (id: string) => {
      api
        .get('/assessment/what-ifs/{id}', { path: { id } })
        .then((j) => {
          setJob(j);
          if (j.status === 'running') timer.current = setTimeout(() => poll(id), 400);
        })
        .catch((e) => setError(errorText(e)));
    },
    [errorText],
  );

  const start = useCallback(
    (asked: string) => {
      if (!set) return;
      clearTimeout(timer.current);
      setJob(null);
      setError(null);
      api
        .post('/assessment/indicator-sets/{id}/what-if', { path: { id: set.id }, body: asked ? { period: asked } : {} })
        .then((j) => (setJob(j), setPeriod(j.period), poll(j.id)))
        .catch((e) => setError(errorText(e)));
    },
    [set, poll, errorText],
  );

  useEffect(() => {
    if (set) start('');
    return () => clearTimeout(timer.current);
  }, [set, start]);

  const p = job?.progress;
  return (
    <Modal
      open={set !== null}
      width={1000}
      title={set && t('assessment.whatIfTitle', { name: set.name })}
      footer={null}
      onCancel={onClose}
      destroyOnHidden
    >
      <Space direction="vertical" style={{ width: '100%' }} data-testid="what-if">
        <Input.Search
          addonBefore={t('assessment.whatIfPeriod')}
          value={period}
          onChange={(e) => setPeriod(e.target.value.trim().toUpperCase())}
          onSearch={(v) => start(v)}
          enterButton={t('assessment.whatIf')}
          style={{ maxWidth: 360 }}
        />
        {error && <Alert type="warning" showIcon message={error} />}
        {job && p && (
          <>
            <Typography.Text type="secondary">
              {t('assessment.sideBySide', { published: job.published.name, draft: job.draft.name })}
            </Typography.Text>
            <Progress
              percent={p.total ? Math.floor((p.done / p.total) * 100) : 0}
              status={job.status === 'failed' ? 'exception' : job.status === 'completed' ? 'success' : 'active'}
              data-testid="what-if-progress"
            />
            {job.status === 'running' && (
              <Typography.Text>
                {t('assessment.whatIfRunning', {
                  done: p.done,
                  total: progressTotal(p),
                  rate: p.eventsPerSecond,
                  eta: p.etaSeconds ?? '—',
                })}
              </Typography.Text>
            )}
            {job.status === 'failed' && (
              <Alert type="error" message={t('assessment.whatIfFailed', { error: job.error ?? '' })} />
            )}
            {job.status === 'completed' && (
              <Typography.Text type="secondary" data-testid="what-if-replayed">
                {t('assessment.whatIfDone', { total: p.total, rate: p.eventsPerSecond })}
              </Typography.Text>
            )}
            {job.summary && (
              <Alert type="info" message={t('assessment.whatIfSummary', { period: job.period, ...job.summary })} />
            )}
          </>
        )}
        {job?.moves && (
          <Table<WhatIfMove>
            rowKey="subjectId"
            size="small"
            dataSource={job.moves}
            pagination={{ pageSize: 10 }}
            data-testid="what-if-moves"
            columns={[
              { title: t('assessment.subject'), render: (_, m) => m.name ?? m.subjectId },
              {
                title: t('assessment.before'),
                render: (_, m) => t('assessment.rankOf', { rank: m.before.rank, index: m.before.index }),
              },
              {
                title: t('assessment.after'),
                render: (_, m) => t('assessment.rankOf', { rank: m.after.rank, index: m.after.index }),
              },
              {
                title: t('assessment.moved'),
                render: (_, m) =>
                  m.places > 0 ? (
                    <Tag color="green">{t('assessment.up', { n: m.places })}</Tag>
                  ) : m.places < 0 ? (
                    <Tag color="red">{t('assessment.down', { n: -m.places })}</Tag>
                  ) : (
                    t('assessment.same')
                  ),
              },
              {
                title: t('assessment.points'),
                align: 'right',
                render: (_, m) => (m.points > 0 ? `+${m.points}` : m.points),
              },
              {
                title: t('assessment.why'),
                render: (_, m) =>
                  m.why.map((w) => (
                    <Tag key={`${w.measure}|${w.category ?? ''}`}>
                      {label('measure', w.measure)}
                      {w.category ? `（${label('category', w.category)}）` : ''} {w.before} → {w.after}
                    </Tag>
                  )),
              },
            ]}
          />
        )}
      </Space>
    </Modal>
  );
}
