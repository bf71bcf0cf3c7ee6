import { Alert, Button, Card, InputNumber, Space, Table, Tabs, Tag } from 'antd';
import { type ReactNode, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api, ApiError, type FundReport, type UnitReport } from '../api';
import { useErrorText, useFailure, useScopeTree } from '../components/data';
import { OrgPicker } from '../components/OrgPicker';
import { useI18n } from '../i18n';
import { useAccount } from '../session';
import { Yuan } from './funds/money';

const THIS_YEAR = new Date().getFullYear();
type Tab = 'funds' | 'units';

/** A report of the year (and area), read again when they change; a refusal is kept to be shown. */
function useReport<T>(read: () => Promise<T>, key: string, enabled: boolean) {
  const [report, setReport] = useState<T | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(false);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    setLoading(true);
    read()
      .then((r) => live && (setReport(r), setError(null)))
      .catch((e: ApiError) => live && (setReport(null), setError(e)))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [key, enabled]);
  return { report, error, loading };
}

/**
 * 资金报表 of a year: per fund (年度金额, 认捐, 已拨付, 已支出, 可用, 结余, the projects it funds and
 * the residents they served) and per unit (认捐, and what its completed co-build projects
 * delivered: hours, goods, sessions, venue hours, money), each with its totals and as .xlsx. An
 * admin or auditor reads those of the funds they read (narrowed to an organisation's area); a unit
 * contact reads its own unit's line only.
 */
export default function ReportsPage() {
  const { t } = useI18n();
  const account = useAccount();
  const unitContact = account.role === 'unit_contact';
  const { tree } = useScopeTree(account);
  const [params, setParams] = useSearchParams();
  const tab: Tab = unitContact || params.get('tab') === 'units' ? 'units' : 'funds';
  const [year, setYear] = useState<number>(THIS_YEAR);
  const [orgId, setOrgId] = useState<string | undefined>();
  const query = { year, orgId };
  const key = JSON.stringify(query);
  const funds = useReport(() => api.get('/funds/reports/funds', { query }), key, !unitContact && tab === 'funds');
  const units = useReport(() => api.get('/funds/reports/units', { query }), key, tab === 'units');
  const fail = useFailure();
  const [downloading, setDownloading] = useState(false);
  const download = async () => {
    setDownloading(true);
    try {
      if (tab === 'funds')
        await api.download('/exports/fund-report.xlsx', { query }, `${t('reports.title')}-${year}.xlsx`);
      else await api.download('/exports/unit-contributions.xlsx', { query }, `${t('reports.tab.units')}-${year}.xlsx`);
    } catch (e) {
      fail(e);
    } finally {
      setDownloading(false);
    }
  };

  const filters = (
    <Space wrap>
      <InputNumber<number>
        min={2000}
        max={2100}
        precision={0}
        value={year}
        onChange={(v) => v && setYear(v)}
        addonBefore={t('reports.year')}
        style={{ width: 160 }}
        data-testid="reports-year"
      />
      {!unitContact && (
        <OrgPicker
          tree={tree}
          kinds={['district', 'street', 'community']}
          value={orgId}
          onChange={setOrgId}
          allowClear
          placeholder={t('reports.org')}
        />
      )}
      <Button onClick={download} loading={downloading} data-testid={`reports-export-${tab}`}>
        {t('reports.export')}
      </Button>
    </Space>
  );
  if (unitContact)
    return (
      <Card title={t('reports.ownUnit')} extra={filters}>
        <UnitsTable {...units} />
      </Card>
    );
  return (
    <Card title={t('reports.title')} extra={filters}>
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams({ tab: k }, { replace: true })}
        items={[
          { key: 'funds', label: t('reports.tab.funds'), children: <FundsTable {...funds} /> },
          { key: 'units', label: t('reports.tab.units'), children: <UnitsTable {...units} /> },
        ]}
      />
    </Card>
  );
}

type Loaded<T> = { report: T | null; error: ApiError | null; loading: boolean };
type FundLine = FundReport['items'][number];
type UnitLine = UnitReport['items'][number];
const MONEY = ['yearlyAmount', 'contributed', 'allocated', 'spent', 'available', 'left'] as const;

function Refused({ error }: { error: ApiError | null }) {
  const errorText = useErrorText();
  return error ? <Alert type="error" showIcon message={errorText(error)} style={{ marginBottom: 12 }} /> : null;
}

/** A row of totals under a table: its cells in the table's columns (the first `left` of text), the first naming it. */
function TotalsRow({ cells, testId, left = 1 }: { cells: ReactNode[]; testId: string; left?: number }) {
  return (
    <Table.Summary.Row data-testid={testId} style={{ background: '#fafafa', fontWeight: 600 }}>
      {cells.map((c, i) => (
        <Table.Summary.Cell key={i} index={i} align={i < left ? 'left' : 'right'}>
          {c}
        </Table.Summary.Cell>
      ))}
    </Table.Summary.Row>
  );
}

function FundsTable({ report, error, loading }: Loaded<FundReport>) {
  const { t, label } = useI18n();
  const totals = report?.totals;
  return (
    <>
      <Refused error={error} />
      <Table<FundLine>
        size="middle"
        rowKey="fundId"
        loading={loading}
        pagination={false}
        dataSource={report?.items ?? []}
        data-testid="report-funds"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('reports.noFunds') }}
        columns={[
          { title: t('reports.fund'), render: (_, f) => <Link to={`/funds/${f.fundId}`}>{f.name}</Link> },
          { title: t('funds.kind'), render: (_, f) => <Tag>{label('fundKind', f.kind)}</Tag> },
          { title: t('reports.owner'), render: (_, f) => f.ownerName ?? '—' },
          ...MONEY.map((k) => ({
            title: k === 'left' ? t('reports.left') : t(`funds.${k}`),
            align: 'right' as const,
            render: (_: unknown, f: FundLine) => <Yuan value={f[k]} testId={`report-${k}`} strong={k === 'left'} />,
          })),
          {
            title: t('reports.targets'),
            align: 'right',
            render: (_, f) => t('reports.targetsOf', { done: f.completedTargets, all: f.targets }),
          },
          {
            title: t('reports.beneficiaries'),
            align: 'right',
            render: (_, f) => <span data-testid="report-beneficiaries">{f.beneficiaries}</span>,
          },
        ]}
        summary={() =>
          totals && (
            <Table.Summary fixed>
              <TotalsRow
                testId="report-funds-totals"
                left={3}
                cells={[
                  t('reports.totalsFunds', { n: totals.funds }),
                  '',
                  '',
                  ...MONEY.map((k) => <Yuan key={k} value={totals[k]} testId={`total-${k}`} />),
                  t('reports.targetsOf', { done: totals.completedTargets, all: totals.targets }),
                  <span key="b" data-testid="total-beneficiaries">
                    {totals.beneficiaries}
                  </span>,
                ]}
              />
            </Table.Summary>
          )
        }
      />
    </>
  );
}

const QUANTITIES = ['hours', 'items', 'sessions', 'venueHours'] as const;

function UnitsTable({ report, error, loading }: Loaded<UnitReport>) {
  const { t } = useI18n();
  const totals = report?.totals;
  return (
    <>
      <Refused error={error} />
      <Table<UnitLine>
        size="middle"
        rowKey="unitId"
        loading={loading}
        pagination={false}
        dataSource={report?.items ?? []}
        data-testid="report-units"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('reports.noUnits') }}
        columns={[
          { title: t('reports.unit'), render: (_, u) => u.unitName ?? '—' },
          {
            title: t('reports.contributed'),
            align: 'right',
            render: (_, u) => <Yuan value={u.contributed} testId="report-unit-contributed" />,
          },
          { title: t('reports.contributions'), dataIndex: 'contributions', align: 'right' },
          { title: t('reports.projects'), dataIndex: 'projects', align: 'right' },
          ...QUANTITIES.map((k) => ({
            title: t(`reports.${k}`),
            dataIndex: k,
            align: 'right' as const,
            render: (n: number) => <span data-testid={`report-unit-${k}`}>{n}</span>,
          })),
          {
            title: t('reports.projectMoney'),
            align: 'right',
            render: (_, u) => <Yuan value={u.projectMoney} />,
          },
        ]}
        summary={() =>
          totals && (
            <Table.Summary fixed>
              <TotalsRow
                testId="report-units-totals"
                cells={[
                  t('reports.totalsUnits', { n: totals.units }),
                  <Yuan key="c" value={totals.contributed} testId="total-contributed" />,
                  totals.contributions,
                  totals.projects,
                  ...QUANTITIES.map((k) => totals[k]),
                  <Yuan key="m" value={totals.projectMoney} />,
                ]}
              />
            </Table.Summary>
          )
        }
      />
    </>
  );
}
