import { App, Button, Form, Input, List, Modal, Popconfirm, Select, Space } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api, type Schemas, type Team } from '../../api';
import { MemberName, OrgName, useFailure, useFormFailure, usePaged, useScopeTree } from '../../components/data';
import { MemberPicker } from '../../components/MemberPicker';
import { PagedTable } from '../../components/PagedTable';
import { useI18n } from '../../i18n';
import { isAdmin, useAccount } from '../../session';
import { when } from './activity';

/** 志愿服务队: teams of my area, formed by an admin of a community or street, with their members. */
export function Teams() {
  const { t, label } = useI18n();
  const account = useAccount();
  const { message } = App.useApp();
  const formFailure = useFormFailure();
  const { flat } = useScopeTree(account);
  const orgs = flat.filter((o) => o.kind === 'community' || o.kind === 'street');
  const [orgId, setOrgId] = useState<string | undefined>();
  // my area by default (GET /teams?orgId= is the organisation's subtree); a chosen one narrows it
  const area = orgId ?? (isAdmin(account) ? account.orgId : null) ?? undefined;
  const paged = usePaged('/teams', { query: { orgId: area } });
  const [creating, setCreating] = useState(false);
  const [managing, setManaging] = useState<Team | null>(null);
  const [form] = Form.useForm<Schemas['FormTeamDto']>();
  const mayAct = isAdmin(account);
  const mayAudit = ['district_admin', 'auditor'].includes(account.role);

  const create = () => {
    form.resetFields();
    form.setFieldsValue({ orgId: orgs.some((o) => o.id === account.orgId) ? (account.orgId ?? undefined) : undefined });
    setCreating(true);
  };

  const save = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    try {
      await api.post('/teams', { body: values });
      message.success(t('vol.teamCreated'));
      setCreating(false);
      paged.reload();
    } catch (e) {
      formFailure(form, e, ['name', 'orgId']);
    }
  };

  return (
    <>
      <Space wrap style={{ marginBottom: 16, width: '100%', justifyContent: 'space-between' }}>
        {orgs.length > 1 ? (
          <Select
            allowClear
            placeholder={t('vol.teamOrg')}
            style={{ width: 200 }}
            options={orgs.map((o) => ({ value: o.id, label: o.name }))}
            onChange={setOrgId}
          />
        ) : (
          <span />
        )}
        {mayAct && (
          <Button type="primary" onClick={create} data-testid="team-create">
            {t('vol.teamCreate')}
          </Button>
        )}
      </Space>
      <PagedTable<Team>
        paged={paged}
        empty={mayAct ? t('vol.teamsEmptyAdmin') : t('vol.teamsEmpty')}
        testId="teams-table"
        columns={[
          { title: t('vol.teamName'), dataIndex: 'name' },
          { title: t('vol.teamOrg'), dataIndex: 'orgId', render: (id: string) => <OrgName id={id} /> },
          {
            title: t('vol.teamMembers'),
            render: (_, team) => t('vol.teamMemberCount', { n: team.memberCount }),
          },
          { title: t('vol.formedAt'), dataIndex: 'formedAt', render: when },
          {
            title: t('common.actions'),
            render: (_, team) => (
              <Space size="small">
                <Button size="small" type="link" onClick={() => setManaging(team)} data-testid="team-manage">
                  {mayAct ? t('vol.teamManage') : t('vol.teamMembers')}
                </Button>
                {mayAudit && <Link to={`/audit?stream=volunteering.team-${team.id}`}>{t('common.history')}</Link>}
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={creating}
        title={t('vol.teamCreate')}
        onCancel={() => setCreating(false)}
        onOk={save}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        okButtonProps={{ 'data-testid': 'team-save' } as Record<string, string>}
      >
        <Form form={form} layout="vertical">
          <Form.Item name="name" label={t('vol.teamName')} rules={[{ required: true, message: t('common.fixFields') }]}>
            <Input id="team-name" maxLength={100} />
          </Form.Item>
          <Form.Item name="orgId" label={t('vol.teamOrg')} rules={[{ required: true, message: t('common.fixFields') }]}>
            <Select
              id="team-org"
              options={orgs.map((o) => ({ value: o.id, label: `${o.name}（${label('org.kind', o.kind)}）` }))}
            />
          </Form.Item>
        </Form>
      </Modal>
      <TeamMembers
        team={managing}
        kind={flat.find((o) => o.id === managing?.orgId)?.kind}
        mayAct={mayAct}
        onChange={(team) => {
          setManaging(team);
          paged.reload();
        }}
        onClose={() => setManaging(null)}
      />
    </>
  );
}

/** A team's members: add one of the area's members (or one who reported to it), remove one. */
function TeamMembers({
  team,
  kind,
  mayAct,
  onChange,
  onClose,
}: {
  team: Team | null;
  kind: string | undefined;
  mayAct: boolean;
  onChange: (team: Team) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const fail = useFailure();
  const [memberId, setMemberId] = useState<string | undefined>();

  const add = async () => {
    if (!team || !memberId) return;
    try {
      onChange(await api.post('/teams/{id}/members', { path: { id: team.id }, body: { memberId } }));
      message.success(t('vol.teamAdded'));
      setMemberId(undefined);
    } catch (e) {
      fail(e);
    }
  };

  const remove = async (id: string) => {
    if (!team) return;
    try {
      onChange(await api.delete('/teams/{id}/members/{memberId}', { path: { id: team.id, memberId: id } }));
    } catch (e) {
      fail(e);
    }
  };

  return (
    <Modal
      open={team !== null}
      title={`${t('vol.teamMembers')} · ${team?.name ?? ''}`}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
    >
      {mayAct && team && (
        <Space style={{ marginBottom: 16 }}>
          <MemberPicker
            id="team-member"
            communityId={kind === 'community' ? team.orgId : undefined}
            orgId={team.orgId}
            value={memberId}
            onChange={(v) => setMemberId(v as string)}
          />
          <Button type="primary" disabled={!memberId} onClick={add} data-testid="team-member-add">
            {t('vol.teamAdd')}
          </Button>
        </Space>
      )}
      <List
        data-testid="team-members"
        dataSource={team?.memberIds ?? []}
        locale={{ emptyText: mayAct ? t('vol.teamNoMembers') : t('common.empty') }}
        renderItem={(id) => (
          <List.Item
            actions={
              mayAct
                ? [
                    <Popconfirm key="remove" title={t('vol.teamRemoveConfirm')} onConfirm={() => remove(id)}>
                      <Button size="small" type="link" danger data-testid="team-member-remove">
                        {t('vol.teamRemove')}
                      </Button>
                    </Popconfirm>,
                  ]
                : []
            }
          >
            <MemberName id={id} />
          </List.Item>
        )}
      />
    </Modal>
  );
}
