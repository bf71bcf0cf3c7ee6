import { Alert, Card, Col, Empty, Row, Spin, Statistic } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { readAll, readUpTo } from '../api';
import { Chart, type ChartOption } from '../components/Chart';
import { areaScope, orgName } from '../components/data';
import { useI18n } from '../i18n';
import { CATEGORIES, NEED_STATUSES } from '../messages';
import { useAccount } from '../session';
import type { Need } from './NeedsPage';
import type { Project } from './ProjectsPage';
import type { Activity } from './volunteering/activity';

/** The most records of each kind the dashboard adds up in the browser (newest first). */
const MAX_RECORDS = 20_000;

interface Data {
  needs: Need[];
  projects: Project[];
  /** some list had more than MAX_RECORDS: the figures cover the newest ones only */
  truncated: boolean;
  unitNames: Record<string, string>;
  hours: Array<{ name: string; hours: number }> | null;
}

const DAY = 86_400_000;
/** Buckets of the days from posting a need to its project. */
const DELAY_BUCKETS: Array<[number, string]> = [
  [1, '≤1'],
  [3, '1–3'],
  [7, '3–7'],
  [14, '7–14'],
  [30, '14–30'],
  [Infinity, '>30'],
];

/** Verified volunteer hours by community (activities' attendance), null when the volunteering service is absent. */
async function volunteerHours(area: Record<string, string>, onPage: () => void): Promise<Data['hours']> {
  try {
    const activities = await readAll<Activity>('/activities', area, MAX_RECORDS, onPage);
    const byCommunity = new Map<string, number>();
    for (const a of activities) {
      const hours = a.attendance.reduce((sum, x) => sum + x.hours, 0);
      byCommunity.set(a.communityId, (byCommunity.get(a.communityId) ?? 0) + hours);
    }
    return Promise.all([...byCommunity].map(async ([id, hours]) => ({ name: await orgName(id), hours })));
  } catch {
    return null;
  }
}

/** 总览: needs by category and status, match rate, time to project, volunteer hours, top units — from the list routes. */
export default function DashboardPage() {
  const { t, label } = useI18n();
  const account = useAccount();
  const [data, setData] = useState<Data | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pages, setPages] = useState(0);
  useEffect(() => {
    const onPage = () => setPages((n) => n + 1);
    (async () => {
      // my area: a community, or a street's/district's subtree, filtered by the API
      const area = areaScope(account);
      const [needs, projects, hours] = await Promise.all([
        readUpTo<Need>('/needs', area, MAX_RECORDS, onPage),
        readUpTo<Project>('/projects', area, MAX_RECORDS, onPage),
        volunteerHours(area, onPage),
      ]);
      const unitIds = [...new Set(projects.items.map((p) => p.unitId))];
      const names = await Promise.all(unitIds.map(orgName));
      setData({
        needs: needs.items,
        projects: projects.items,
        truncated: needs.truncated || projects.truncated,
        unitNames: Object.fromEntries(unitIds.map((id, i) => [id, names[i]])),
        hours,
      });
    })().catch((e: Error) => setError(e.message));
  }, [account]);

  const charts = useMemo(() => {
    if (!data) return null;
    const { needs, projects } = data;
    const cats = CATEGORIES.filter((c) => needs.some((n) => n.category === c));
    const byCategory: ChartOption = {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 16, top: 48, bottom: 40 },
      xAxis: { type: 'category', data: cats.map((c) => label('category', c)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: NEED_STATUSES.map((s) => ({
        name: label('status', s),
        type: 'bar',
        barMaxWidth: 48,
        stack: 'status',
        data: cats.map((c) => needs.filter((n) => n.category === c && n.status === s).length),
      })),
    };
    const live = needs.filter((n) => n.status !== 'cancelled');
    const matched = live.filter((n) => ['partially_matched', 'matched', 'fulfilled'].includes(n.status)).length;
    const rate = live.length ? matched / live.length : 0;
    const matchRate: ChartOption = {
      tooltip: { trigger: 'item' },
      series: [
        {
          type: 'pie',
          radius: ['50%', '75%'],
          data: [
            { name: t('dash.matched'), value: matched },
            { name: t('dash.unmatched'), value: live.length - matched },
          ].filter((slice) => slice.value > 0),
        },
      ],
    };
    const postedAt = new Map(needs.map((n) => [n.id, Date.parse(n.postedAt)]));
    const delays = projects
      .filter((p) => postedAt.has(p.needId))
      .map((p) => (Date.parse(p.createdAt) - postedAt.get(p.needId)!) / DAY);
    const meanDays = delays.length ? delays.reduce((a, b) => a + b, 0) / delays.length : null;
    const delayChart: ChartOption = {
      tooltip: {},
      grid: { left: 40, right: 16, top: 16, bottom: 40 },
      xAxis: { type: 'category', data: DELAY_BUCKETS.map(([, name]) => name), name: t('dash.days') },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          type: 'bar',
          barMaxWidth: 48,
          data: DELAY_BUCKETS.map(
            ([max], i) => delays.filter((d) => d <= max && (i === 0 || d > DELAY_BUCKETS[i - 1][0])).length,
          ),
        },
      ],
    };
    const completed = new Map<string, number>();
    for (const p of projects) if (p.status === 'completed') completed.set(p.unitId, (completed.get(p.unitId) ?? 0) + 1);
    const top = [...completed]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 10)
      .reverse();
    const topUnits: ChartOption = {
      tooltip: {},
      grid: { left: 120, right: 24, top: 16, bottom: 24 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: top.map(([id]) => data.unitNames[id] ?? id) },
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
    return { byCategory, matchRate, rate, meanDays, delayChart, delays, topUnits, top, hours };
  }, [data, label, t]);

  if (error) return <Alert type="error" showIcon message={error} />;
  if (!data || !charts)
    return (
      <Spin style={{ display: 'block', margin: 48 }} tip={t('dash.loading', { pages })} size="large">
        <div style={{ height: 120 }} />
      </Spin>
    );
  const empty = data.needs.length === 0;
  return (
    <Row gutter={[16, 16]} data-testid="dashboard">
      {data.truncated && (
        <Col span={24}>
          <Alert type="warning" showIcon message={t('dash.truncated', { max: MAX_RECORDS.toLocaleString() })} />
        </Col>
      )}
      <Col xs={12} md={6}>
        <Card>
          <Statistic title={t('dash.needs')} value={data.needs.length} />
        </Card>
      </Col>
      <Col xs={12} md={6}>
        <Card>
          <Statistic title={t('dash.projects')} value={data.projects.length} />
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
              {charts.delays.length ? (
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
