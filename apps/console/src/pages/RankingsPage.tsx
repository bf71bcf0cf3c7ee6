import { Alert, Card, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { INDEX_KIND_CODES, type IndexKind } from '@gongjian/contracts';
import { api, ApiError, type AssessmentRanking, type RankedSubject } from '../api';
import { useErrorText } from '../components/data';
import { useI18n } from '../i18n';
import { Breakdown, currentQuarter } from './assessment/common';

/**
 * 指数: the ranking of a period by the 先锋指数 (members) or the 堡垒指数 (branches and paired
 * units), each with its breakdown, and the indicator set that computed it. Admins see their
 * subtree (each place is the one in the whole district), the auditor everything.
 */
export default function RankingsPage() {
  const { t, label } = useI18n();
  const errorText = useErrorText();
  const [index, setIndex] = useState<IndexKind>('pioneer');
  const [period, setPeriod] = useState(currentQuarter());
  const [ranking, setRanking] = useState<AssessmentRanking | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    if (!/^\d{4}(Q[1-4])?$/.test(period)) return;
    api
      .get('/assessment/rankings', { query: { index, period } })
      .then((r) => live && (setRanking(r), setError(null)))
      .catch((e: ApiError) => live && (setRanking(null), setError(errorText(e))));
    return () => {
      live = false;
    };
  }, [index, period, errorText]);

  return (
    <Card title={t('rankings.title')}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Select<IndexKind>
            value={index}
            onChange={setIndex}
            style={{ width: 160 }}
            options={INDEX_KIND_CODES.map((k) => ({ value: k, label: label('indexKind', k) }))}
            id="rankings-index"
            data-testid="rankings-index"
          />
          <Input
            value={period}
            onChange={(e) => setPeriod(e.target.value.trim().toUpperCase())}
            style={{ width: 240 }}
            addonBefore={t('assessment.period')}
            placeholder={t('rankings.period')}
            data-testid="rankings-period"
          />
          {ranking && (
            <Tag color="red" data-testid="rankings-set">
              {t('rankings.computedBy', { name: ranking.set.name })}
            </Tag>
          )}
        </Space>
        {error && <Alert type="warning" message={error} showIcon />}
        <Table<RankedSubject>
          rowKey="subjectId"
          dataSource={ranking?.items ?? []}
          pagination={{ pageSize: 20 }}
          locale={{ emptyText: t('rankings.empty') }}
          data-testid="rankings-table"
          expandable={{ expandedRowRender: (r) => <Breakdown breakdown={r.breakdown} /> }}
          columns={[
            { title: t('rankings.rank'), dataIndex: 'rank', width: 80 },
            {
              title: t('assessment.subject'),
              render: (_, r) => <Typography.Text strong>{r.name ?? r.subjectId}</Typography.Text>,
            },
            { title: t('rankings.value'), dataIndex: 'index', align: 'right', width: 100 },
            {
              title: t('rankings.breakdown'),
              render: (_, r) =>
                r.breakdown
                  .filter((b) => b.points !== 0)
                  .map((b) => (
                    <Tag key={`${b.measure}|${b.category ?? ''}`}>
                      {label('measure', b.measure)} {b.points > 0 ? '+' : ''}
                      {b.points}
                    </Tag>
                  )),
            },
          ]}
        />
      </Space>
    </Card>
  );
}
