import { Alert, Button, Input, Popconfirm, Segmented, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api, ApiError, type OrgNode, type PartyOrganization } from '../../api';
import { OrgName, StatusTag, useErrorText, usePaged } from '../../components/data';
import { OrgPicker } from '../../components/OrgPicker';
import { PagedTable } from '../../components/PagedTable';
import { useI18n } from '../../i18n';
import { isAdmin, useAccount } from '../../session';
import { GroupSeats } from './GroupSeats';
import { type FormTarget, PartyOrgForm } from './PartyOrgForm';
import { Honours } from '../assessment/Honours';

type Kind = PartyOrganization['kind'];

/**
 * 网格党组织: the party branches (网格党支部, 单独建 over one grid or 联合建 over several) and party
 * groups (党小组, over buildings) of the account's area, searchable, by community; the members and
 * party groups the server counts; each row's actions as the server offers them to the caller
 * (`actions`, DECISIONS 58), a dissolution refused in words.
 */
export function PartyOrganizations({ tree }: { tree: OrgNode | null }) {
  const { t, label } = useI18n();
  const account = useAccount();
  const errorText = useErrorText();
  const mine = account.orgId && isAdmin(account) ? account.orgId : undefined;
  const [kind, setKind] = useState<Kind>('branch');
  const [within, setWithin] = useState<string | undefined>(mine);
  const [status, setStatus] = useState<'active' | 'dissolved' | undefined>('active');
  const [q, setQ] = useState('');
  const [search, setSearch] = useState('');
  const paged = usePaged('/party-organizations', { query: { kind, within, status, q: q || undefined } });
  const [form, setForm] = useState<FormTarget | null>(null);
  const [seats, setSeats] = useState<PartyOrganization | null>(null);
  const [refusal, setRefusal] = useState<{ name: string; text: string } | null>(null);
  const mayAudit = ['district_admin', 'auditor'].includes(account.role);

  const dissolve = async (org: PartyOrganization) => {
    setRefusal(null);
    try {
      await api.post('/party-organizations/{id}/dissolve', { path: { id: org.id } });
      paged.reload();
    } catch (e) {
      setRefusal({ name: org.name, text: refusalText(e, errorText, t) });
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Space wrap>
          <Segmented<Kind>
            value={kind}
            onChange={setKind}
            options={[
              { value: 'branch', label: t('grid.branches') },
              { value: 'party_group', label: t('grid.groups') },
            ]}
            data-testid="party-kind"
          />
          <Input.Search
            allowClear
            placeholder={t('grid.search')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            onSearch={setQ}
            style={{ width: 200 }}
            data-testid="party-search"
          />
          <OrgPicker
            tree={tree}
            kinds={['district', 'street', 'community']}
            value={within}
            onChange={setWithin}
            allowClear
            placeholder={t('grid.within')}
          />
          <Select
            allowClear
            style={{ width: 110 }}
            placeholder={t('common.status')}
            value={status}
            onChange={setStatus}
            options={(['active', 'dissolved'] as const).map((s) => ({ value: s, label: label('status', s) }))}
          />
        </Space>
        {isAdmin(account) && (
          <Button type="primary" onClick={() => setForm({ mode: 'branch' })} data-testid="branch-create">
            {t('grid.formBranch')}
          </Button>
        )}
      </Space>
      {refusal && (
        <Alert
          type="error"
          showIcon
          closable
          onClose={() => setRefusal(null)}
          message={t('grid.dissolveRefused', { name: refusal.name })}
          description={refusal.text}
          data-testid="party-refusal"
        />
      )}
      <PagedTable<PartyOrganization>
        paged={paged}
        empty={isAdmin(account) ? t('grid.emptyAdmin') : t('grid.empty')}
        testId="party-table"
        columns={[
          {
            title: t('common.name'),
            render: (_, o) => (
              <Space size={4}>
                <span>{o.name}</span>
                {o.code && <Tag>{o.code}</Tag>}
              </Space>
            ),
          },
          {
            title: t('grid.kind'),
            render: (_, o) => (
              <Space size={4}>
                <Tag color={o.kind === 'branch' ? 'red' : 'orange'}>{label('party.kind', o.kind)}</Tag>
                {o.formation && <Tag data-testid="party-formation">{label('party.formation', o.formation)}</Tag>}
              </Space>
            ),
          },
          {
            title: t('grid.under'),
            dataIndex: 'parentId',
            render: (id: string) => <OrgName id={id} />,
          },
          {
            title: t('grid.covers'),
            render: (_, o) =>
              o.covers.length === 0 ? (
                t('grid.coversNone')
              ) : (
                <Space size={[4, 4]} wrap>
                  {o.covers.map((id) => (
                    <Tag key={id}>
                      <OrgName id={id} />
                    </Tag>
                  ))}
                </Space>
              ),
          },
          {
            title: t('grid.members'),
            align: 'right',
            render: (_, o) => (
              <span data-testid="party-members" data-count={o.members}>
                {o.members}
              </span>
            ),
          },
          {
            title: t('grid.groupCount'),
            align: 'right',
            render: (_, o) =>
              o.kind === 'branch' ? (
                <span data-testid="party-groups" data-count={o.groups}>
                  {o.groups}
                </span>
              ) : (
                '—'
              ),
          },
          {
            title: t('awards.honours'),
            render: (_, o) => (o.kind === 'branch' ? <Honours of="organization" id={o.id} empty="—" /> : '—'),
          },
          { title: t('common.status'), render: (_, o) => <StatusTag status={o.status} /> },
          {
            title: t('common.actions'),
            render: (_, o) => (
              <Space size={0} wrap>
                {o.actions.includes('form_group') && (
                  <Button
                    size="small"
                    type="link"
                    onClick={() => setForm({ mode: 'group', branch: o })}
                    data-testid="group-create"
                  >
                    {t('grid.formGroup')}
                  </Button>
                )}
                {o.actions.includes('seat_member') && (
                  <Button size="small" type="link" onClick={() => setSeats(o)} data-testid="group-seats">
                    {t('grid.seats')}
                  </Button>
                )}
                {o.actions.includes('change_coverage') && (
                  <Button
                    size="small"
                    type="link"
                    onClick={() => setForm({ mode: 'coverage', org: o })}
                    data-testid="party-coverage"
                  >
                    {t('grid.changeCoverage')}
                  </Button>
                )}
                {o.actions.includes('rename') && (
                  <Button
                    size="small"
                    type="link"
                    onClick={() => setForm({ mode: 'rename', org: o })}
                    data-testid="party-rename"
                  >
                    {t('grid.rename')}
                  </Button>
                )}
                {o.actions.includes('dissolve') && (
                  <Popconfirm
                    title={t('grid.dissolveConfirm', { name: o.name })}
                    okText={t('common.confirm')}
                    cancelText={t('common.cancel')}
                    onConfirm={() => dissolve(o)}
                  >
                    <Button size="small" type="link" danger data-testid="party-dissolve">
                      {t('grid.dissolve')}
                    </Button>
                  </Popconfirm>
                )}
                {!o.actions.includes('seat_member') && o.kind === 'party_group' && o.memberIds && (
                  <Button size="small" type="link" onClick={() => setSeats(o)} data-testid="group-seats">
                    {t('grid.seatsView')}
                  </Button>
                )}
                {mayAudit && <Link to={`/audit?stream=organizations.partyorg-${o.id}`}>{t('common.history')}</Link>}
              </Space>
            ),
          },
        ]}
      />
      <PartyOrgForm
        target={form}
        tree={tree}
        onClose={() => setForm(null)}
        onSaved={() => {
          setForm(null);
          paged.reload();
        }}
      />
      <GroupSeats
        group={seats}
        onClose={() => {
          setSeats(null);
          paged.reload();
        }}
      />
    </Space>
  );
}

/**
 * A refused dissolution in words: what the branch still holds, counted by the server (its members
 * by their organisation relationship, its active party groups), and what to do first.
 */
function refusalText(error: unknown, errorText: (e: unknown) => string, t: ReturnType<typeof useI18n>['t']): string {
  if (error instanceof ApiError && error.code === 'not_empty') {
    const d = (error.details ?? {}) as { members?: number; activeGroups?: number };
    return t('grid.notEmpty', { members: d.members ?? 0, groups: d.activeGroups ?? 0 });
  }
  return errorText(error);
}
