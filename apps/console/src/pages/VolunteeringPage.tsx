import { Card, Tabs } from 'antd';
import { OrgName, StatusTag, usePaged } from '../components/data';
import { PagedTable } from '../components/PagedTable';
import { useI18n } from '../i18n';
import { useAccount } from '../session';

interface Activity {
  id: string;
  title: string;
  orgId: string;
  category: string;
  startsAt: string;
  slots: number;
  signups?: number | unknown[];
  status: string;
}
interface MicroWish {
  id: string;
  title: string;
  communityId: string;
  status: string;
}

const count = (s: Activity['signups']) => (Array.isArray(s) ? s.length : (s ?? 0));

/** 志愿服务: recruitment orders (招募令) with sign-ups, and residents' micro-wishes (apps/volunteering). */
export default function VolunteeringPage() {
  const { t, label } = useI18n();
  const account = useAccount();
  const scope = account.orgId && account.role !== 'auditor' ? { orgId: account.orgId } : {};
  const activities = usePaged<Activity>('/activities', scope);
  const wishes = usePaged<MicroWish>('/micro-wishes', {});
  return (
    <Card title={t('vol.title')}>
      <Tabs
        items={[
          {
            key: 'activities',
            label: t('vol.activities'),
            children: (
              <PagedTable<Activity>
                paged={activities}
                empty={t('vol.empty')}
                testId="activities-table"
                columns={[
                  { title: t('common.title'), dataIndex: 'title' },
                  { title: t('needs.community'), dataIndex: 'orgId', render: (id: string) => <OrgName id={id} /> },
                  { title: t('common.category'), dataIndex: 'category', render: (c: string) => label('category', c) },
                  {
                    title: t('vol.startsAt'),
                    dataIndex: 'startsAt',
                    render: (d: string) => d?.slice(0, 16).replace('T', ' '),
                  },
                  { title: t('vol.slots'), dataIndex: 'slots' },
                  { title: t('vol.signups'), render: (_, a) => count(a.signups) },
                  { title: t('common.status'), dataIndex: 'status', render: (s: string) => <StatusTag status={s} /> },
                ]}
              />
            ),
          },
          {
            key: 'wishes',
            label: t('vol.microWishes'),
            children: (
              <PagedTable<MicroWish>
                paged={wishes}
                empty={t('vol.wishesEmpty')}
                testId="wishes-table"
                columns={[
                  { title: t('common.title'), dataIndex: 'title' },
                  {
                    title: t('needs.community'),
                    dataIndex: 'communityId',
                    render: (id: string) => <OrgName id={id} />,
                  },
                  { title: t('common.status'), dataIndex: 'status', render: (s: string) => <StatusTag status={s} /> },
                ]}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}
