import { App, Button, Empty, Form, Select, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError, type Rotation, type Schemas, type Team } from '../../api';
import { OrgName, useFormFailure, useScopeTree } from '../../components/data';
import { useI18n } from '../../i18n';
import { isAdmin, useAccount } from '../../session';
import { when } from './activity';

/** `2027Q1` for a date, and the quarters around it (a year back, a year ahead). */
function quarterOf(date: Date): string {
  return `${date.getFullYear()}Q${Math.floor(date.getMonth() / 3) + 1}`;
}
function quartersAround(date: Date): string[] {
  const now = date.getFullYear() * 4 + Math.floor(date.getMonth() / 3);
  return Array.from({ length: 9 }, (_, i) => now - 4 + i).map((q) => `${Math.floor(q / 4)}Q${(q % 4) + 1}`);
}

/** 季度轮值: the schedule of a community or street per quarter; an admin publishes it once per quarter. */
export function Rotations() {
  const { t, label } = useI18n();
  const account = useAccount();
  const { message } = App.useApp();
  const formFailure = useFormFailure();
  const { flat } = useScopeTree(account);
  const orgs = flat.filter((o) => o.kind === 'community' || o.kind === 'street');
  const [chosen, setChosen] = useState<string | undefined>();
  const orgId = chosen ?? (orgs.some((o) => o.id === account.orgId) ? account.orgId! : orgs[0]?.id);
  const [quarter, setQuarter] = useState(quarterOf(new Date()));
  const [rotation, setRotation] = useState<Rotation | null | undefined>(undefined);
  const [published, setPublished] = useState<string[]>([]);
  const [teams, setTeams] = useState<Team[]>([]);
  const [form] = Form.useForm<Pick<Schemas['PublishRotationDto'], 'teamIds'>>();
  const mayPublish = isAdmin(account);

  const load = useCallback(async () => {
    if (!orgId) return;
    setRotation(undefined);
    const [one, list, area] = await Promise.all([
      api.get('/rotations/{orgId}/{quarter}', { path: { orgId, quarter } }).catch((e: ApiError) => {
        if (e.status === 404) return null;
        throw e;
      }),
      api.get('/rotations', { query: { orgId, limit: 50 } }),
      api.get('/teams', { query: { orgId, limit: 200 } }),
    ]);
    setRotation(one);
    setPublished(list.items.map((r) => r.quarter).sort());
    setTeams(area.items);
  }, [orgId, quarter]);
  useEffect(() => {
    load().catch(() => setRotation(null));
  }, [load]);

  const publish = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values || !orgId) return;
    try {
      setRotation(await api.post('/rotations', { body: { orgId, quarter, teamIds: values.teamIds } }));
      message.success(t('vol.rotationPublished', { quarter }));
      load().catch(() => undefined);
    } catch (e) {
      formFailure(form, e, ['teamIds']);
    }
  };

  const teamName = (id: string) => teams.find((x) => x.id === id)?.name ?? id.slice(0, 8);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Select
          id="rotation-org"
          style={{ width: 200 }}
          placeholder={t('vol.rotationOrg')}
          value={orgId}
          options={orgs.map((o) => ({ value: o.id, label: `${o.name}（${label('org.kind', o.kind)}）` }))}
          onChange={setChosen}
        />
        <Select
          id="rotation-quarter"
          style={{ width: 120 }}
          value={quarter}
          options={quartersAround(new Date()).map((q) => ({ value: q, label: q }))}
          onChange={setQuarter}
        />
        {published.length > 0 && (
          <span>
            <Typography.Text type="secondary">{t('vol.publishedQuarters')}</Typography.Text>{' '}
            {published.map((q) => (
              <Tag key={q} color={q === quarter ? 'red' : undefined} onClick={() => setQuarter(q)}>
                {q}
              </Tag>
            ))}
          </span>
        )}
      </Space>
      {rotation ? (
        <div data-testid="rotation">
          <Space wrap style={{ marginBottom: 8 }}>
            <Typography.Text strong>{t('vol.loads')}</Typography.Text>
            {Object.entries(rotation.loads).map(([team, n]) => (
              <Tag key={team}>{t('vol.loadOf', { team: teamName(team), n })}</Tag>
            ))}
            <Typography.Text type="secondary">
              {t('vol.publishedAt')} {when(rotation.publishedAt)}
            </Typography.Text>
          </Space>
          <Table
            size="small"
            rowKey="gridId"
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            dataSource={rotation.assignments}
            data-testid="rotation-table"
            columns={[
              { title: t('vol.grid'), dataIndex: 'gridId', render: (id: string) => <OrgName id={id} /> },
              { title: t('vol.team'), dataIndex: 'teamId', render: teamName },
            ]}
          />
        </div>
      ) : rotation === null ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Empty
            description={t(mayPublish ? 'vol.rotationNoneAdmin' : 'vol.rotationNone', { quarter })}
            image={Empty.PRESENTED_IMAGE_SIMPLE}
          />
          {mayPublish && (
            <Form form={form} layout="inline">
              <Form.Item
                name="teamIds"
                label={t('vol.rotationTeams')}
                tooltip={t('vol.rotationTeamsHint')}
                rules={[{ required: true, message: t('common.fixFields') }]}
              >
                <Select
                  id="rotation-teams"
                  mode="multiple"
                  style={{ minWidth: 320 }}
                  optionFilterProp="label"
                  options={teams.map((x) => ({ value: x.id, label: x.name }))}
                />
              </Form.Item>
              <Button type="primary" onClick={publish} data-testid="rotation-publish">
                {t('vol.rotationPublish')}
              </Button>
            </Form>
          )}
        </Space>
      ) : null}
    </Space>
  );
}
