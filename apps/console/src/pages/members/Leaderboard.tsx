import { Empty, Select, Space, Table } from 'antd';
import { useEffect, useState } from 'react';
import { api, type ApiError, type LeaderboardRow as Row } from '../../api';
import { OrgName, useScopeTree } from '../../components/data';
import { useI18n } from '../../i18n';
import { useAccount } from '../../session';

/** The last four quarters, newest first (`2026Q4`…). */
function quarters(now = new Date()): string[] {
  const out: string[] = [];
  let y = now.getUTCFullYear();
  let q = Math.floor(now.getUTCMonth() / 3) + 1;
  for (let i = 0; i < 4; i++) {
    out.push(`${y}Q${q}`);
    q -= 1;
    if (q === 0) [y, q] = [y - 1, 4];
  }
  return out;
}

/** 先锋指数 leaderboard of any organisation in scope, for a quarter, with each member's parts. */
export function Leaderboard() {
  const { t, label } = useI18n();
  const account = useAccount();
  const { tree, flat } = useScopeTree(account);
  const orgs = flat.filter((o) => o.id); // not the virtual root of the region;
  const [orgId, setOrgId] = useState<string | undefined>(
    account.role === 'unit_contact' ? undefined : (account.orgId ?? undefined),
  );
  const [quarter, setQuarter] = useState(quarters()[0]);
  const [rows, setRows] = useState<Row[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const chosen = orgId ?? orgs[0]?.id;
  useEffect(() => {
    if (!chosen) return;
    setRows(null);
    setError(null);
    api
      .get('/pioneer-index/leaderboard', { query: { orgId: chosen, quarter, limit: 200 } })
      .then((r) => setRows(r.items))
      .catch(setError);
  }, [chosen, quarter]);
  if (tree === null && !chosen) return <Empty description={t('org.noScope')} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Select
          style={{ width: 240 }}
          value={chosen}
          showSearch
          optionFilterProp="label"
          onChange={setOrgId}
          options={orgs.map((o) => ({ value: o.id, label: `${o.name}（${label('org.kind', o.kind)}）` }))}
          data-testid="leaderboard-org"
        />
        <Select
          style={{ width: 120 }}
          value={quarter}
          onChange={setQuarter}
          options={quarters().map((q) => ({ value: q, label: q }))}
        />
      </Space>
      {error ? (
        <Empty description={error.status === 404 ? t('common.unknownRoute') : error.message} />
      ) : (
        <Table<Row>
          size="small"
          rowKey="memberId"
          loading={!rows}
          dataSource={rows ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: <Empty description={t('members.leaderboardEmpty')} /> }}
          data-testid="leaderboard"
          columns={[
            { title: t('members.rank'), dataIndex: 'rank', width: 70 },
            { title: t('members.name'), dataIndex: 'name' },
            { title: t('members.branch'), dataIndex: 'branchId', render: (id: string) => <OrgName id={id} /> },
            { title: t('members.part.hours'), render: (_, r) => r.breakdown.hours.value },
            { title: t('members.part.wishes'), render: (_, r) => r.breakdown.wishes.value },
            { title: t('members.part.projects'), render: (_, r) => r.breakdown.projects.value },
            { title: t('members.index'), dataIndex: 'index', render: (i: number) => <b>{i}</b> },
          ]}
        />
      )}
    </Space>
  );
}
