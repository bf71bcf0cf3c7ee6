import { Card, Drawer, Empty, Table, Tabs } from 'antd';
import { useEffect, useState } from 'react';
import { api, type ApiError } from '../api';
import { OrgName, usePaged } from '../components/data';
import { PagedTable } from '../components/PagedTable';
import { useI18n } from '../i18n';
import { useAccount } from '../session';

interface Member {
  id: string;
  name: string;
  branchId: string;
  reportedTo?: string | null;
  joinedPartyOn?: string;
  status: string;
  points: number;
}
interface LedgerEntry {
  id: string;
  kind: string;
  points: number;
  title: string | null;
  merchant: string | null;
  hours: number;
  recordedAt: string;
}

/** 党员: roster, dual reporting, points ledger, pioneer leaderboard (apps/members). */
export default function MembersPage() {
  const { t, label } = useI18n();
  const account = useAccount();
  const paged = usePaged<Member>('/members', {});
  const [ledgerOf, setLedgerOf] = useState<Member | null>(null);
  return (
    <Card title={t('members.title')}>
      <Tabs
        items={[
          {
            key: 'roster',
            label: t('members.roster'),
            children: (
              <PagedTable<Member>
                paged={paged}
                empty={t('members.empty')}
                testId="members-table"
                onRow={(m) => ({ onClick: () => setLedgerOf(m), style: { cursor: 'pointer' } })}
                columns={[
                  { title: t('common.name'), dataIndex: 'name' },
                  { title: t('members.branch'), dataIndex: 'branchId', render: (id: string) => <OrgName id={id} /> },
                  {
                    title: t('members.reportedTo'),
                    dataIndex: 'reportedTo',
                    render: (id: string) => <OrgName id={id} />,
                  },
                  { title: t('members.joinedPartyOn'), dataIndex: 'joinedPartyOn' },
                  { title: t('members.points'), dataIndex: 'points' },
                  { title: t('common.status'), dataIndex: 'status', render: (s: string) => label('status', s) },
                ]}
              />
            ),
          },
          {
            key: 'leaderboard',
            label: t('members.leaderboard'),
            children: account.orgId ? <Leaderboard orgId={account.orgId} /> : <Empty />,
          },
        ]}
      />
      <Drawer open={ledgerOf !== null} onClose={() => setLedgerOf(null)} title={t('members.ledger')} width={520}>
        {ledgerOf && <Ledger memberId={ledgerOf.id} />}
      </Drawer>
    </Card>
  );
}

function Ledger({ memberId }: { memberId: string }) {
  const { t, label } = useI18n();
  const paged = usePaged<LedgerEntry>(`/members/${memberId}/points`, {});
  return (
    <PagedTable<LedgerEntry>
      paged={paged}
      empty={t('common.empty')}
      columns={[
        { title: t('audit.occurredAt'), dataIndex: 'recordedAt', render: (d: string) => d?.slice(0, 10) },
        { title: t('common.category'), dataIndex: 'kind', render: (k: string) => label('ledger', k) },
        { title: t('members.points'), dataIndex: 'points' },
        { title: t('common.description'), render: (_, e) => e.title ?? e.merchant ?? '' },
      ]}
    />
  );
}

function Leaderboard({ orgId }: { orgId: string }) {
  const { t } = useI18n();
  const [rows, setRows] = useState<Array<{ rank: number; memberId: string; name: string; index: number }> | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    api
      .get<{ items: NonNullable<typeof rows> }>('/pioneer-index/leaderboard', { orgId })
      .then((r) => setRows(r.items))
      .catch(setError);
  }, [orgId]);
  if (error) return <Empty description={error.status === 404 ? t('common.unknownRoute') : error.message} />;
  return (
    <Table
      size="small"
      rowKey="memberId"
      loading={!rows}
      dataSource={rows ?? []}
      pagination={{ pageSize: 20 }}
      locale={{ emptyText: t('members.empty') }}
      columns={[
        { title: t('members.rank'), dataIndex: 'rank' },
        { title: t('common.name'), dataIndex: 'name' },
        { title: t('members.index'), dataIndex: 'index' },
      ]}
    />
  );
}
