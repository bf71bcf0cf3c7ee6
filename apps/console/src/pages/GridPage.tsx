import { Card, Tabs } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useScopeTree } from '../components/data';
import { useI18n } from '../i18n';
import { useAccount } from '../session';
import { GridRoles } from './grid/GridRoles';
import { Households } from './grid/Households';
import { PartyOrganizations } from './grid/PartyOrganizations';

const TABS = ['party', 'roles', 'households'] as const;
type Tab = (typeof TABS)[number];

/**
 * 网格党建 (issue 18): the grid tier of the account's area — 网格党组织 (branches over grids, party
 * groups over buildings), 网格角色 (网格长, 网格员, 十员 with their terms) and 住户与联建单元
 * (households, units of 10–20 with their monthly 轮值户 and duties). Each tab offers what the
 * server says the caller may do.
 */
export default function GridPage() {
  const { t } = useI18n();
  const account = useAccount();
  const { tree } = useScopeTree(account);
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.find((x) => x === params.get('tab')) ?? 'party';
  return (
    <Card title={t('grid.title')}>
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams({ tab: k }, { replace: true })}
        destroyOnHidden
        items={[
          { key: 'party', label: t('grid.tab.party'), children: <PartyOrganizations tree={tree} /> },
          { key: 'roles', label: t('grid.tab.roles'), children: <GridRoles tree={tree} /> },
          { key: 'households', label: t('grid.tab.households'), children: <Households tree={tree} /> },
        ]}
      />
    </Card>
  );
}
