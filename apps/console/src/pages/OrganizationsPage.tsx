import { Button, Card, Col, Descriptions, Empty, Input, Row, Space, Tabs, Tag, Tree, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { api, type OrgNode } from '../api';
import { regionTree, scopeRoot } from '../components/data';
import { useI18n } from '../i18n';
import { type Account } from '../api';
import { useAccount } from '../session';
import { JointMeeting } from './organizations/JointMeeting';
import { MeetingSessions } from './meetings/MeetingSessions';
import { OrgActions } from './organizations/OrgActions';
import { Pairings } from './organizations/Pairings';
import { PartTimeMembers } from './organizations/PartTimeMembers';
import { initiallyExpanded, pathTo } from './organizations/policy';
import { SubtreeUnits } from './organizations/SubtreeUnits';

/** The account's tree (its organisation's subtree; every district for the bootstrap admin), reloadable. */
function useTree(account: Account) {
  const [tree, setTree] = useState<OrgNode | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    const load = async (): Promise<OrgNode | null> => {
      const root = await scopeRoot(account);
      return root ? api.get('/organizations/{id}/tree', { path: { id: root } }) : regionTree();
    };
    load()
      .then((t) => live && setTree(t))
      .catch(() => live && setTree(null))
      .finally(() => live && setLoaded(true));
    return () => {
      live = false;
    };
  }, [account, tick]);
  return { tree, loaded, reload: useCallback(() => setTick((n) => n + 1), []) };
}

function flatten(tree: OrgNode | null): OrgNode[] {
  const out: OrgNode[] = [];
  const walk = (n: OrgNode) => {
    out.push(n);
    n.children.forEach(walk);
  };
  if (tree) walk(tree);
  return out;
}

/**
 * 组织架构: the tree (district → street → community → grid → building) with what lies at and below
 * each node (units, party members, open needs — counted on the server), grids folded until their
 * community is opened; the selected organisation's actions, its units, pairings (its grids'
 * included), joint meeting and part-time committee members.
 */
export default function OrganizationsPage() {
  const { t, label } = useI18n();
  const account = useAccount();
  const { tree, loaded, reload } = useTree(account);
  const flat = useMemo(() => flatten(tree), [tree]);
  const [selected, setSelected] = useState<string | null>(null);
  const [expanded, setExpanded] = useState<string[] | null>(null);
  const [search, setSearch] = useState('');
  const node = flat.find((n) => n.id === (selected ?? (tree?.id || tree?.children[0]?.id)));
  const expandedKeys = expanded ?? initiallyExpanded(tree);

  const find = (text: string) => {
    setSearch(text);
    const hit = text.trim() && tree ? flat.find((n) => n.name.includes(text.trim())) : null;
    if (hit && tree) {
      setSelected(hit.id);
      const path = pathTo(tree, hit.id) ?? [];
      setExpanded([...new Set([...expandedKeys, ...path.slice(0, -1)])]);
    }
  };

  const treeData = useMemo(() => {
    const word = search.trim();
    const toData = (n: OrgNode): object => ({
      key: n.id,
      title: (
        <span data-testid={`org-node-${n.name}`}>
          <span style={word && n.name.includes(word) ? { background: '#ffe58f' } : undefined}>
            {n.id ? n.name : t('org.kind.region')}
          </span>{' '}
          {n.id && <Tag>{label('org.kind', n.kind)}</Tag>}
          {n.status !== 'active' && <Tag color="default">{label('status', n.status)}</Tag>}
          {n.counts && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('org.nodeCounts', n.counts)}
            </Typography.Text>
          )}
        </span>
      ),
      children: n.children.map(toData),
    });
    return tree ? [toData(tree)] : [];
  }, [tree, label, t, search]);

  if (!account.orgId && !['district_admin', 'auditor'].includes(account.role))
    return <Empty description={t('org.noScope')} />;
  return (
    <Row gutter={16}>
      <Col xs={24} md={10}>
        <Card
          title={t('org.tree')}
          extra={
            <Space size="small">
              <Button size="small" onClick={() => setExpanded(flat.map((n) => n.id))} data-testid="org-expand-all">
                {t('org.expandAll')}
              </Button>
              <Button size="small" onClick={() => setExpanded(initiallyExpanded(tree))}>
                {t('org.collapse')}
              </Button>
            </Space>
          }
        >
          <Input.Search
            allowClear
            placeholder={t('org.searchTree')}
            onSearch={find}
            style={{ marginBottom: 12 }}
            data-testid="org-search"
          />
          {tree ? (
            <Tree
              treeData={treeData as never}
              expandedKeys={expandedKeys}
              onExpand={(keys) => setExpanded(keys.map(String))}
              selectedKeys={node ? [node.id] : []}
              onSelect={(keys) => keys[0] !== undefined && setSelected(String(keys[0]))}
              data-testid="org-tree"
            />
          ) : (
            <Empty description={loaded ? t('org.treeEmpty') : t('app.loading')} />
          )}
        </Card>
      </Col>
      <Col xs={24} md={14}>
        {node ? (
          <OrgDetail key={node.id} node={node} tree={tree} onChanged={reload} />
        ) : (
          <Empty description={t('org.selectHint')} />
        )}
      </Col>
    </Row>
  );
}

function OrgDetail({ node, tree, onChanged }: { node: OrgNode; tree: OrgNode | null; onChanged: () => void }) {
  const { t, label } = useI18n();
  const account = useAccount();
  const mayAudit = ['district_admin', 'auditor'].includes(account.role);
  const pairs = node.kind === 'grid' || node.kind === 'community';
  // 联席会议 at every level (issue 20): the district council, a street's, a community's
  const committee = node.kind === 'district' || node.kind === 'street' || node.kind === 'community';
  const region = node.id === '';
  return (
    <Card
      title={region ? t('org.kind.region') : node.name}
      extra={
        mayAudit && !region && <Link to={`/audit?stream=organizations.org-${node.id}`}>{t('common.history')}</Link>
      }
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        {!region && <OrgActions node={node} tree={tree} onChanged={onChanged} />}
        <Descriptions size="small" column={2} bordered data-testid="org-counts">
          <Descriptions.Item label={t('org.kind')}>{label('org.kind', node.kind)}</Descriptions.Item>
          <Descriptions.Item label={t('common.status')}>{label('status', node.status)}</Descriptions.Item>
          {node.counts && (
            <>
              <Descriptions.Item label={t('org.countOrganizations')}>{node.counts.organizations}</Descriptions.Item>
              <Descriptions.Item label={t('org.countUnits')}>{node.counts.units}</Descriptions.Item>
              <Descriptions.Item label={t('org.countMembers')}>{node.counts.members}</Descriptions.Item>
              <Descriptions.Item label={t('org.countOpenNeeds')}>{node.counts.openNeeds}</Descriptions.Item>
            </>
          )}
        </Descriptions>
        {!region && (
          <Tabs
            destroyOnHidden
            items={[
              { key: 'units', label: t('org.unitsWithin'), children: <SubtreeUnits node={node} /> },
              ...(pairs ? [{ key: 'pairings', label: t('org.pairings'), children: <Pairings node={node} /> }] : []),
              ...(committee
                ? [
                    { key: 'meeting', label: t('org.jointMeeting'), children: <JointMeeting node={node} /> },
                    { key: 'sessions', label: t('meeting.sessions'), children: <MeetingSessions node={node} /> },
                    { key: 'part-time', label: t('org.partTime'), children: <PartTimeMembers node={node} /> },
                  ]
                : []),
            ]}
          />
        )}
      </Space>
    </Card>
  );
}
