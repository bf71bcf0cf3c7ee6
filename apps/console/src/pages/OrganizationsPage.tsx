import { Card, Col, Descriptions, Empty, List, Row, Tabs, Tag, Tree } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { api } from '../api';
import { OrgName, type OrgNode, usePaged, useScopeTree } from '../components/data';
import { PagedTable } from '../components/PagedTable';
import { useI18n } from '../i18n';
import { useAccount } from '../session';

interface Pairing {
  id: string;
  unitId: string;
  orgId: string;
  status: string;
}
interface JointMeeting {
  orgId: string;
  members: Array<{ unitId: string; joinedOn?: string; status: string }>;
}

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
            <Empty />
          )}
        </Card>
      </Col>
      <Col xs={24} md={15}>
        {node ? <OrgDetail node={node} /> : <Empty description={t('org.selectHint')} />}
      </Col>
    </Row>
  );
}

function OrgDetail({ node }: { node: OrgNode }) {
  const { t, label } = useI18n();
  const pairings = usePaged<Pairing>('/pairings', { orgId: node.id });
  const [meeting, setMeeting] = useState<JointMeeting | null>(null);
  useEffect(() => {
    api
      .get<JointMeeting>(`/organizations/${node.id}/joint-meeting`)
      .then(setMeeting)
      .catch(() => setMeeting(null));
  }, [node.id]);
  return (
    <Card title={node.name}>
      <Descriptions size="small" column={2}>
        <Descriptions.Item label={t('common.category')}>{label('org.kind', node.kind)}</Descriptions.Item>
        <Descriptions.Item label={t('common.status')}>{label('status', node.status)}</Descriptions.Item>
        {node.counts && (
          <Descriptions.Item span={2} label={t('common.details')}>
            {t('org.counts', node.counts)}
          </Descriptions.Item>
        )}
      </Descriptions>
      <Tabs
        items={[
          {
            key: 'units',
            label: t('org.units'),
            children: (
              <List
                size="small"
                dataSource={node.units}
                locale={{ emptyText: t('common.empty') }}
                renderItem={(u) => (
                  <List.Item>
                    {u.name} {u.sector && <Tag>{u.sector}</Tag>}
                  </List.Item>
                )}
              />
            ),
          },
          {
            key: 'pairings',
            label: t('org.pairings'),
            children: (
              <PagedTable<Pairing>
                paged={pairings}
                empty={t('common.empty')}
                columns={[
                  { title: t('org.kind.unit'), dataIndex: 'unitId', render: (id: string) => <OrgName id={id} /> },
                  { title: t('common.name'), dataIndex: 'orgId', render: (id: string) => <OrgName id={id} /> },
                  { title: t('common.status'), dataIndex: 'status', render: (s: string) => label('status', s) },
                ]}
              />
            ),
          },
          {
            key: 'meeting',
            label: t('org.jointMeeting'),
            children: (
              <List
                size="small"
                header={t('org.members')}
                dataSource={meeting?.members ?? []}
                locale={{ emptyText: t('common.empty') }}
                renderItem={(m) => (
                  <List.Item>
                    <OrgName id={m.unitId} /> {m.joinedOn} <Tag>{label('status', m.status)}</Tag>
                  </List.Item>
                )}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}
