import { Card, Col, Descriptions, Empty, List, Row, Tabs, Tag, Tree } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { type OrgNode, useScopeTree } from '../components/data';
import { useI18n } from '../i18n';
import { useAccount } from '../session';
import { JointMeeting } from './organizations/JointMeeting';
import { Pairings } from './organizations/Pairings';

/** 组织架构: the tree (district → street → community → grid), units, pairings, joint meetings. */
export default function OrganizationsPage() {
  const { t, label } = useI18n();
  const account = useAccount();
  const { tree, flat } = useScopeTree(account);
  const [selected, setSelected] = useState<string | null>(null);
  const node = flat.find((n) => n.id === (selected ?? (tree?.id || tree?.children[0]?.id)));
  const treeData = useMemo(() => {
    const toData = (n: OrgNode): object => ({
      key: n.id,
      title: (
        <span>
          {n.name} <Tag>{label('org.kind', n.kind)}</Tag>
          {n.counts?.openNeeds ? <Tag color="red">{n.counts.openNeeds}</Tag> : null}
        </span>
      ),
      children: n.children.map(toData),
    });
    return tree ? [toData(tree)] : [];
  }, [tree, label]);
  if (!account.orgId && !['district_admin', 'auditor'].includes(account.role))
    return <Empty description={t('org.noScope')} />;
  return (
    <Row gutter={16}>
      <Col xs={24} md={9}>
        <Card title={t('org.tree')}>
          {tree ? (
            <Tree
              treeData={treeData as never}
              defaultExpandAll
              selectedKeys={node ? [node.id] : []}
              onSelect={(keys) => keys[0] && setSelected(String(keys[0]))}
              data-testid="org-tree"
            />
          ) : (
            <Empty description={t('org.treeEmpty')} />
          )}
        </Card>
      </Col>
      <Col xs={24} md={15}>
        {node ? <OrgDetail key={node.id} node={node} /> : <Empty description={t('org.selectHint')} />}
      </Col>
    </Row>
  );
}

function OrgDetail({ node }: { node: OrgNode }) {
  const { t, label } = useI18n();
  const account = useAccount();
  const mayAudit = ['district_admin', 'auditor'].includes(account.role);
  const pairs = node.kind === 'grid' || node.kind === 'community';
  const meets = node.kind === 'street' || node.kind === 'community';
  return (
    <Card
      title={node.name}
      extra={
        mayAudit && node.id && <Link to={`/audit?stream=organizations.org-${node.id}`}>{t('common.history')}</Link>
      }
    >
      <Descriptions size="small" column={2}>
        <Descriptions.Item label={t('org.kind')}>{label('org.kind', node.kind)}</Descriptions.Item>
        <Descriptions.Item label={t('common.status')}>{label('status', node.status)}</Descriptions.Item>
        {node.counts && (
          <Descriptions.Item span={2} label={t('common.details')}>
            {t('org.counts', node.counts)}
          </Descriptions.Item>
        )}
      </Descriptions>
      <Tabs
        destroyOnHidden
        items={[
          {
            key: 'units',
            label: t('org.units'),
            children: (
              <List
                size="small"
                dataSource={node.units}
                pagination={node.units.length > 10 ? { pageSize: 10, size: 'small' } : false}
                locale={{ emptyText: <Empty description={t('org.unitsEmpty')} /> }}
                data-testid="org-units"
                renderItem={(u) => (
                  <List.Item
                    extra={
                      mayAudit && <Link to={`/audit?stream=organizations.unit-${u.id}`}>{t('common.history')}</Link>
                    }
                  >
                    {u.name} {u.sector && <Tag>{label('sector', u.sector)}</Tag>}
                  </List.Item>
                )}
              />
            ),
          },
          ...(pairs ? [{ key: 'pairings', label: t('org.pairings'), children: <Pairings node={node} /> }] : []),
          ...(meets ? [{ key: 'meeting', label: t('org.jointMeeting'), children: <JointMeeting node={node} /> }] : []),
        ]}
      />
    </Card>
  );
}
