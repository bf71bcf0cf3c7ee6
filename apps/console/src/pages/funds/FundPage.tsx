import { Alert, Card, Descriptions, Space, Spin, Tabs, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { api, ApiError, type Fund } from '../../api';
import { OrgName, useErrorText } from '../../components/data';
import { minute } from '../../components/format';
import { useI18n } from '../../i18n';
import { Allocations } from './Allocations';
import { Contributions } from './Contributions';
import { Ledger } from './Ledger';
import { useAdminOver, Yuan } from './money';
import { Spendings } from './Spendings';

const TABS = ['allocations', 'contributions', 'spendings', 'ledger'] as const;
type Tab = (typeof TABS)[number];

/**
 * A fund's page: its figures as the server keeps them, every allocation (申请, 审批, 驳回 with its
 * reason), the 认捐 it received, the spending of its budgets with their receipts (and 冲销), and its
 * book, now or as of a day. Each action is shown to those the server lets do it: approval and 认捐
 * to the owner's admins (and those above), spending to the admins running the budget's project.
 */
export default function FundPage() {
  const { id = '' } = useParams();
  const { t, label } = useI18n();
  const errorText = useErrorText();
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.find((x) => x === params.get('tab')) ?? 'allocations';
  const [fund, setFund] = useState<Fund | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [tick, setTick] = useState(0);
  const ownerAdmin = useAdminOver(fund?.ownerOrgId);

  useEffect(() => {
    let live = true;
    api
      .get('/funds/{id}', { path: { id } })
      .then((f) => live && (setFund(f), setError(null)))
      .catch((e: ApiError) => live && setError(e));
    return () => {
      live = false;
    };
  }, [id, tick]);
  /** after any change: the fund's figures again, and the lists (they read on `tick`) */
  const changed = useCallback(() => setTick((n) => n + 1), []);

  if (error) return <Alert type="error" showIcon message={errorText(error)} data-testid="fund-error" />;
  if (!fund) return <Spin style={{ display: 'block', margin: 48 }} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Card
        title={
          <Space>
            <span data-testid="fund-title">{fund.name}</span>
            <Tag>{label('fundKind', fund.kind)}</Tag>
            <Tag color="blue">{t('funds.yearOf', { year: fund.year })}</Tag>
          </Space>
        }
        extra={<Link to="/funds">{t('funds.back')}</Link>}
      >
        <Descriptions size="small" column={{ xs: 1, md: 3, xl: 5 }} data-testid="fund-figures">
          <Descriptions.Item label={t('funds.yearlyAmount')}>
            <Yuan value={fund.yearlyAmount} testId="fund-yearlyAmount" />
          </Descriptions.Item>
          <Descriptions.Item label={t('funds.contributed')}>
            <Yuan value={fund.contributed} testId="fund-contributed" />
          </Descriptions.Item>
          <Descriptions.Item label={t('funds.allocated')}>
            <Yuan value={fund.allocated} testId="fund-allocated" />
          </Descriptions.Item>
          <Descriptions.Item label={t('funds.spent')}>
            <Yuan value={fund.spent} testId="fund-spent" />
          </Descriptions.Item>
          <Descriptions.Item label={t('funds.available')}>
            <Yuan value={fund.available} testId="fund-available" strong />
          </Descriptions.Item>
          <Descriptions.Item label={t('funds.owner')}>
            <OrgName id={fund.ownerOrgId} />
          </Descriptions.Item>
          <Descriptions.Item label={t('funds.grantor')}>
            {fund.grantorOrgId ? <OrgName id={fund.grantorOrgId} /> : t('funds.grantorSelf')}
          </Descriptions.Item>
          <Descriptions.Item label={t('funds.allocationCounts')} span={2}>
            {t('funds.allocationCountsOf', {
              requested: fund.allocations.requested,
              approved: fund.allocations.approved,
              rejected: fund.allocations.rejected,
            })}
          </Descriptions.Item>
          <Descriptions.Item label={t('funds.openedAt')}>{minute(fund.openedAt)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(k) => setParams({ tab: k }, { replace: true })}
          destroyOnHidden
          items={[
            {
              key: 'allocations',
              label: t('funds.tab.allocations'),
              children: <Allocations fund={fund} ownerAdmin={ownerAdmin} tick={tick} onChanged={changed} />,
            },
            {
              key: 'contributions',
              label: t('funds.tab.contributions'),
              children: <Contributions fund={fund} ownerAdmin={ownerAdmin} tick={tick} onChanged={changed} />,
            },
            {
              key: 'spendings',
              label: t('funds.tab.spendings'),
              children: <Spendings fund={fund} tick={tick} onChanged={changed} />,
            },
            { key: 'ledger', label: t('funds.tab.ledger'), children: <Ledger fund={fund} tick={tick} /> },
          ]}
        />
      </Card>
    </Space>
  );
}
