import { Alert, Card, Col, Empty, Row, Spin, Statistic } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { CATEGORY_CODES, NEED_STATUS_CODES } from '@gongjian/contracts';
import { api, type MatchingSummary } from '../api';
import { Chart, type ChartOption } from '../components/Chart';
import { areaScope, useErrorText } from '../components/data';
import { useI18n } from '../i18n';
import { useAccount } from '../session';

interface Data {
  /** `GET /matching/summary`: the area's figures, added up on the server (names beside the ids) */
  summary: MatchingSummary;
  hours: Array<{ name: string; hours: number }> | null;
}

/** `≤1`, `1–3`, … `>30`: a bucket of days from posting a need to its project, by its upper end. */
function bucketLabel(upToDays: number | null, i: number, buckets: Array<{ upToDays: number | null }>): string {
  const from = i > 0 ? buckets[i - 1].upToDays : null;
  if (from === null) return `≤${upToDays}`;
  return upToDays === null ? `>${from}` : `${from}–${upToDays}`;
}

/** Verified volunteer hours by community (volunteering's summary), null when the volunteering service is absent. */
async function volunteerHours(area: ReturnType<typeof areaScope>): Promise<Data['hours']> {
  try {
    const { byCommunity } = await api.get('/activities/summary', { query: area });
    return byCommunity.map((c) => ({ name: c.communityName ?? c.communityId.slice(0, 8), hours: c.verifiedHours }));
  } catch {
    return null;
  }
}

/** 总览: needs by category and status, match rate, time to project, top units (matching's summary), volunteer hours. */
export default function DashboardPage() {
  const { t, label } = useI18n();
  const account = useAccount();
  const [data, setData] = useState<Data | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pages, setPages] = useState(0);
  const errorText = useErrorText();
  useEffect(() => {
    const onPage = () => setPages((n) => n + 1);
    (async () => {
      // my area: a community, or a street's/district's subtree, filtered by the API
      const area = areaScope(account);
      const [summary, hours] = await Promise.all([
        api.get('/matching/summary', { query: area }).finally(onPage),
        volunteerHours(area).finally(onPage),
      ]);
      setData({ summary, hours });
    })().catch((e: unknown) => setError(errorText(e)));
  }, [account]);

  const charts = useMemo(() => {
    if (!data) return null;
    const { needs, projects } = data.summary;
    const cats = CATEGORY_CODES.filter((c) => needs.byCategory[c]);
    const byCategory: ChartOption = {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 16, top: 48, bottom: 40 },
      xAxis: { type: 'category', data: cats.map((c) => label('category', c)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: NEED_STATUS_CODES.map((s) => ({
        name: label('status', s),
        type: 'bar',
        barMaxWidth: 48,
        stack: 'status',
        data: cats.map((c) => needs.byCategory[c]?.[s] ?? 0),
      })),
    };
    const { live, matched } = needs;
    const rate = live ? matched / live : 0;
    const matchRate: ChartOption = {
      tooltip: { trigger: 'item' },
      series: [
        {
          type: 'pie',
          radius: ['50%', '75%'],
          data: [
            { name: t('dash.matched'), value: matched },
            { name: t('dash.unmatched'), value: live - matched },
          ].filter((slice) => slice.value > 0),
        },
      ],
    };
    const meanDays = projects.daysToProject.mean;
    const delays = projects.daysToProject.buckets.map((b) => b.projects);
    const delayChart: ChartOption = {
      tooltip: {},
      grid: { left: 40, right: 16, top: 16, bottom: 40 },
      xAxis: {
        type: 'category',
        data: projects.daysToProject.buckets.map((b, i, all) => bucketLabel(b.upToDays, i, all)),
        name: t('dash.days'),
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          type: 'bar',
          barMaxWidth: 48,
          data: delays,
        },
      ],
    };
    const top = projects.topUnits
      .map((u) => [u.unitName ?? u.unitId.slice(0, 8), u.completedProjects] as const)
      .reverse();
    const topUnits: ChartOption = {
      tooltip: {},
      grid: { left: 120, right: 24, top: 16, bottom: 24 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: top.map(([name]) => name) },
      series: [{ type: 'bar', barMaxWidth: 48, data: top.map(([, n]) => n), itemStyle: { color: '#c0392b' } }],
    };
    const hours: ChartOption | null = data.hours
      ? {
          tooltip: {},
          grid: { left: 40, right: 16, top: 16, bottom: 40 },
          xAxis: { type: 'category', data: data.hours.map((h) => h.name) },
          yAxis: { type: 'value' },
          series: [{ type: 'bar', barMaxWidth: 48, data: data.hours.map((h) => h.hours) }],
        }
      : null;
    const withDelay = delays.reduce((a, b) => a + b, 0);
    return { byCategory, matchRate, rate, meanDays, delayChart, withDelay, topUnits, top, hours };
  }, [data, label, t]);

  if (error) return <Alert type="error" showIcon message={error} />;
  if (!data || !charts)
    return (
      <Spin style={{ display: 'block', margin: 48 }} tip={t('dash.loading', { pages })} size="large">
        <div style={{ height: 120 }} />
      </Spin>
    );
  const empty = data.summary.needs.total === 0;
  return (
    <Row gutter={[16, 16]} data-testid="dashboard">
      <Col xs={12} md={6}>
        <Card>
          <Statistic title={t('dash.needs')} value={data.summary.needs.total} />
        </Card>
      </Col>
      <Col xs={12} md={6}>
        <Card>
          <Statistic title={t('dash.projects')} value={data.summary.projects.total} />
        </Card>
      </Col>
      <Col xs={12} md={6}>
        <Card>
          <Statistic title={t('dash.matchRate')} value={(charts.rate * 100).toFixed(1)} suffix="%" />
        </Card>
      </Col>
      <Col xs={12} md={6}>
        <Card>
          <Statistic
            title={t('dash.timeToProject')}
            value={charts.meanDays === null ? '—' : charts.meanDays.toFixed(1)}
          />
        </Card>
      </Col>
      {empty ? (
        <Col span={24}>
          <Empty description={t('dash.noData')} />
        </Col>
      ) : (
        <>
          <Col xs={24} lg={16}>
            <Card title={t('dash.needsByCategory')}>
              <Chart option={charts.byCategory} testId="chart-needs" />
            </Card>
          </Col>
          <Col xs={24} lg={8}>
            <Card title={t('dash.matchRate')} extra={t('dash.matchRateHint')}>
              <Chart option={charts.matchRate} />
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card title={t('dash.timeToProject')} extra={t('dash.timeToProjectHint')}>
              {charts.withDelay ? (
                <Chart option={charts.delayChart} testId="chart-delays" />
              ) : (
                <Empty description={t('projects.empty')} />
              )}
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card title={t('dash.topUnits')}>
              {charts.top.length ? <Chart option={charts.topUnits} /> : <Empty description={t('projects.empty')} />}
            </Card>
          </Col>
          <Col span={24}>
            <Card title={t('dash.volunteerHours')}>
              {!charts.hours ? (
                <Empty description={t('common.unknownRoute')} />
              ) : data.hours?.length ? (
                <Chart option={charts.hours} testId="chart-hours" />
              ) : (
                <Empty description={t('dash.noHours')} />
              )}
            </Card>
          </Col>
        </>
      )}
    </Row>
  );
}
