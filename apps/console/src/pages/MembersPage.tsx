import { App, Button, Card, Dropdown, Form, Input, Modal, Popconfirm, Radio, Select, Space, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { MEMBER_STATUS_CODES } from '@gongjian/contracts';
import { api, type Filters, type Member, type Schemas } from '../api';
import { OrgName, StatusTag, useFailure, useFormFailure, usePaged, useScopeTree } from '../components/data';
import { PagedTable } from '../components/PagedTable';
import { useI18n } from '../i18n';
import { isAdmin, useAccount } from '../session';
import { ExportButton } from './imports/ExportButton';
import { CommunityReports } from './members/CommunityReports';
import { Leaderboard } from './members/Leaderboard';
import { type MemberAction, MemberActions } from './members/MemberActions';
import { MemberDrawer } from './members/MemberDrawer';
import { RegisterMember } from './members/RegisterMember';

/**
 * 党员: roster (searchable, with the total), dual reporting (双报到), 组织关系转接 (request and
 * acceptance by the other side), status changes (流动, 失联, 找回), erasure of personal data,
 * each member's history, points ledger, pioneer leaderboard.
 */
export default function MembersPage() {
  const { t } = useI18n();
  const account = useAccount();
  // the 双报到 asked of the admin's community (or the communities under it) wait for it to decide
  const decidesReports = isAdmin(account) && account.orgId !== null;
  return (
    <Card title={t('members.title')}>
      <Tabs
        destroyOnHidden
        items={[
          { key: 'roster', label: t('members.roster'), children: <Roster /> },
          ...(decidesReports
            ? [{ key: 'reports', label: t('members.reportRequests'), children: <CommunityReports /> }]
            : []),
          { key: 'leaderboard', label: t('members.leaderboard'), children: <Leaderboard /> },
        ]}
      />
    </Card>
  );
}

function Roster() {
  const { t, label } = useI18n();
  const account = useAccount();
  const { message } = App.useApp();
  const fail = useFailure();
  const formFailure = useFormFailure();
  const { flat } = useScopeTree(account);
  const communities = flat.filter((o) => o.kind === 'community');
  // a community admin sees its branches' members, or those who reported to it (双报到)
  const [view, setView] = useState<'all' | 'reported' | 'incoming'>('all');
  const [status, setStatus] = useState<Filters<'/members'>['status']>();
  const [reportedTo, setReportedTo] = useState<string | undefined>();
  const [q, setQ] = useState('');
  const search = q.trim() || undefined;
  const query =
    view === 'reported' && account.orgId
      ? { reportedTo: account.orgId, status, q: search }
      : view === 'incoming' && account.orgId
        ? { transferTo: account.orgId, status, q: search }
        : { reportedTo, status, q: search };
  const paged = usePaged('/members', { query });
  const [open, setOpen] = useState<Member | null>(null);
  const [reporting, setReporting] = useState<Member | null>(null);
  const [registering, setRegistering] = useState(false);
  const [acting, setActing] = useState<{ member: Member; action: MemberAction } | null>(null);
  const [form] = Form.useForm<Schemas['CommunityReportDto']>();
  const mayAct = isAdmin(account) || account.role === 'unit_contact';
  const mayRegister = isAdmin(account);
  const mayAudit = ['district_admin', 'auditor'].includes(account.role);

  const report = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values || !reporting) return;
    try {
      const after = await api.post('/members/{id}/community-report', { path: { id: reporting.id }, body: values });
      // an admin over the community too makes it at once; otherwise it waits for the community
      message.success(
        t('pendingReport' in after && after.pendingReport ? 'members.reportRequested' : 'members.reportRecorded'),
      );
      setReporting(null);
      paged.reload();
    } catch (e) {
      formFailure(form, e, ['communityId']);
    }
  };

  /**
   * 组织关系转接: the side that did not ask accepts or declines, the side that asked cancels
   * (POST /members/:id/transfer/accept|decline|cancel).
   */
  const decide = async (m: Member, step: 'accept' | 'decline' | 'cancel') => {
    try {
      await api.post(`/members/{id}/transfer/${step}`, { path: { id: m.id }, body: {} });
      message.success(t(`members.transferDecided.${step}`, { name: m.name }));
      paged.reload();
    } catch (e) {
      fail(e);
    }
  };
  // the member's branch asked (`out`): the destination (which sees the member as `incoming`) answers;
  // the destination asked (`in`): the member's branch (the full view) answers
  const direction = (m: Member) => m.pendingTransfer?.direction;
  const awaitsUs = (m: Member) =>
    (m.view === 'incoming' && direction(m) === 'out') || (m.view === 'full' && direction(m) === 'in');
  const askedByUs = (m: Member) =>
    (m.view === 'full' && direction(m) === 'out') || (m.view === 'incoming' && direction(m) === 'in');
  const administers = (m: Member) => isAdmin(account) && m.view === 'full';

  const cancelReport = async (m: Member) => {
    try {
      await api.post('/members/{id}/community-report/cancel', { path: { id: m.id } });
      message.success(t('common.done'));
      paged.reload();
    } catch (e) {
      fail(e);
    }
  };

  const withdraw = async (m: Member) => {
    try {
      await api.delete('/members/{id}/community-report', { path: { id: m.id } });
      message.success(t('common.done'));
      paged.reload();
    } catch (e) {
      fail(e);
    }
  };

  return (
    <>
      <Space wrap style={{ marginBottom: 16, width: '100%', justifyContent: 'space-between' }}>
        <Space wrap>
          {account.role === 'community_admin' ? (
            <Radio.Group value={view} onChange={(e) => setView(e.target.value)} data-testid="members-view">
              <Radio.Button value="all">{t('members.viewAll')}</Radio.Button>
              <Radio.Button value="reported">{t('members.viewReported')}</Radio.Button>
              <Radio.Button value="incoming">{t('members.viewIncoming')}</Radio.Button>
            </Radio.Group>
          ) : (
            communities.length > 0 && (
              <Select
                allowClear
                placeholder={t('members.reportedTo')}
                style={{ width: 180 }}
                options={communities.map((c) => ({ value: c.id, label: c.name }))}
                onChange={setReportedTo}
              />
            )
          )}
          <Select
            allowClear
            placeholder={t('common.status')}
            style={{ width: 140 }}
            options={MEMBER_STATUS_CODES.map((s) => ({ value: s, label: label('status', s) }))}
            onChange={setStatus}
          />
          <Input.Search
            allowClear
            placeholder={t('members.search')}
            onSearch={setQ}
            style={{ width: 200 }}
            data-testid="members-search"
          />
        </Space>
        <Space>
          {(isAdmin(account) || account.role === 'auditor') && (
            <ExportButton kind="members" query={{ orgId: account.orgId ?? undefined, status }} />
          )}
          {mayRegister && (
            <Button type="primary" onClick={() => setRegistering(true)} data-testid="member-create">
              {t('members.register')}
            </Button>
          )}
        </Space>
      </Space>
      <PagedTable<Member>
        paged={paged}
        empty={t('members.empty')}
        testId="members-table"
        columns={[
          {
            title: t('members.name'),
            dataIndex: 'name',
            render: (name: string, m) => (
              <a onClick={() => setOpen(m)} data-testid="member-open">
                {name}
              </a>
            ),
          },
          {
            title: t('members.branch'),
            render: (_, m) => (
              <Space size="small">
                {m.branchId ? (
                  <OrgName id={m.branchId} />
                ) : m.pendingTransfer ? (
                  <OrgName id={m.pendingTransfer.fromBranchId} />
                ) : (
                  '—'
                )}
                {m.pendingTransfer && <Tag color="orange">{t('members.transferPending')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('members.employer'),
            render: (_, m) =>
              m.view !== 'full' && m.view !== undefined ? (
                '—'
              ) : m.employerUnitId ? (
                <OrgName id={m.employerUnitId} />
              ) : (
                <Tag>{t('members.notInService')}</Tag>
              ),
          },
          {
            title: t('members.reportedTo'),
            render: (_, m) =>
              m.reportedTo ? (
                <span>
                  <OrgName id={m.reportedTo} /> <small>{m.reportedOn}</small>
                </span>
              ) : m.pendingReport ? (
                <Space size="small">
                  <OrgName id={m.pendingReport.communityId} />
                  <Tag color="gold">{t('members.reportPending')}</Tag>
                </Space>
              ) : (
                '—'
              ),
          },
          { title: t('members.joinedPartyOn'), dataIndex: 'joinedPartyOn' },
          {
            title: t('members.points'),
            render: (_, m) =>
              m.served ? <span title={t('members.served')}>{m.served.points}</span> : (m.points ?? '—'),
          },
          {
            title: t('common.status'),
            dataIndex: 'status',
            render: (s: string | undefined) => (s ? <StatusTag status={s} /> : '—'),
          },
          {
            title: t('common.actions'),
            render: (_, m) => (
              <Space size="small">
                {m.view !== 'incoming' && (
                  <Button size="small" type="link" onClick={() => setOpen(m)}>
                    {t('members.ledger')}
                  </Button>
                )}
                {isAdmin(account) && askedByUs(m) && (
                  <Popconfirm title={t('members.cancelTransferConfirm')} onConfirm={() => decide(m, 'cancel')}>
                    <Button size="small" type="link" data-testid="transfer-cancel">
                      {t('members.cancelTransfer')}
                    </Button>
                  </Popconfirm>
                )}
                {administers(m) && !m.pendingTransfer && (
                  <Dropdown
                    trigger={['click']}
                    menu={{
                      items: [
                        { key: 'transfer', label: t('members.transfer') },
                        { key: 'status', label: t('members.changeStatus') },
                        ...(m.personalData !== 'erased'
                          ? [{ key: 'erase', label: t('members.erase'), danger: true }]
                          : []),
                      ],
                      onClick: ({ key }) => setActing({ member: m, action: key as MemberAction }),
                    }}
                  >
                    <Button size="small" type="link" data-testid="member-more">
                      {t('members.more')}
                    </Button>
                  </Dropdown>
                )}
                {isAdmin(account) && awaitsUs(m) && (
                  <>
                    <Button size="small" type="link" data-testid="transfer-accept" onClick={() => decide(m, 'accept')}>
                      {t('members.acceptTransfer')}
                    </Button>
                    <Popconfirm title={t('members.declineTransferConfirm')} onConfirm={() => decide(m, 'decline')}>
                      <Button size="small" type="link" danger data-testid="transfer-decline">
                        {t('members.declineTransfer')}
                      </Button>
                    </Popconfirm>
                  </>
                )}
                {administers(m) && m.pendingReport && (
                  <Popconfirm title={t('members.cancelReportConfirm')} onConfirm={() => cancelReport(m)}>
                    <Button size="small" type="link" data-testid="report-cancel">
                      {t('members.cancelReport')}
                    </Button>
                  </Popconfirm>
                )}
                {mayAct &&
                  m.view !== 'reported' &&
                  m.view !== 'incoming' &&
                  m.inService &&
                  !m.reportedTo &&
                  !m.pendingReport && (
                    <Button
                      size="small"
                      type="link"
                      data-testid="member-report"
                      onClick={() => {
                        form.resetFields();
                        if (account.role === 'community_admin')
                          form.setFieldsValue({ communityId: account.orgId ?? undefined });
                        setReporting(m);
                      }}
                    >
                      {t('members.report')}
                    </Button>
                  )}
                {mayAct && m.view !== 'incoming' && m.reportedTo && (
                  <Popconfirm title={t('members.withdrawReportConfirm')} onConfirm={() => withdraw(m)}>
                    <Button size="small" type="link" danger>
                      {t('members.withdrawReport')}
                    </Button>
                  </Popconfirm>
                )}
                {mayAudit && <Link to={`/audit?stream=members.member-${m.id}`}>{t('common.history')}</Link>}
              </Space>
            ),
          },
        ]}
      />
      <MemberDrawer
        member={open}
        onClose={() => {
          setOpen(null);
          paged.reload(); // a redemption changed the balance
        }}
      />
      <MemberActions
        member={acting?.member ?? null}
        action={acting?.action ?? null}
        onClose={() => setActing(null)}
        onDone={() => {
          setActing(null);
          paged.reload();
        }}
      />
      <RegisterMember
        open={registering}
        flat={flat}
        onClose={() => setRegistering(false)}
        onRegistered={() => {
          setRegistering(false);
          paged.reload();
        }}
      />
      <Modal
        open={reporting !== null}
        title={`${t('members.report')} · ${reporting?.name ?? ''}`}
        onCancel={() => setReporting(null)}
        onOk={report}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
      >
        <Form form={form} layout="vertical">
          <Form.Item
            name="communityId"
            label={t('members.reportCommunity')}
            extra={t('members.reportHint')}
            rules={[{ required: true, message: t('common.fixFields') }]}
          >
            <Select
              id="report-community"
              showSearch
              optionFilterProp="label"
              options={communities.map((c) => ({ value: c.id, label: c.name }))}
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
