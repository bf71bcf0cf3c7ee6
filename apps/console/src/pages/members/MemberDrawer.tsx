import { Descriptions, Drawer, Space, Statistic, Tag, Timeline, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api, type LedgerEntry, type Member, type PioneerIndex } from '../../api';
import { OrgName, usePaged } from '../../components/data';
import { PagedTable } from '../../components/PagedTable';
import { useI18n } from '../../i18n';
import { isAdmin, useAccount } from '../../session';
import { Honours } from '../assessment/Honours';
import { Redeem } from './Redeem';

/** One member: balance, this quarter's pioneer index with its parts, and the points ledger. */
export function MemberDrawer({ member, onClose }: { member: Member | null; onClose: () => void }) {
  const { t } = useI18n();
  const account = useAccount();
  const [redeemed, setRedeemed] = useState(0);
  return (
    <Drawer open={member !== null} onClose={onClose} title={member?.name} width={640} destroyOnHidden>
      {member && (
        <Space direction="vertical" style={{ width: '100%' }} data-testid="member-drawer">
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label={t('members.branch')}>
              {member.branchId ? <OrgName id={member.branchId} /> : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('members.reportedTo')}>
              {member.reportedTo ? <OrgName id={member.reportedTo} /> : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('members.phone')}>{member.phone ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('members.joinedPartyOn')}>{member.joinedPartyOn ?? '—'}</Descriptions.Item>
            {member.personalData && (
              <Descriptions.Item label={t('members.personalData')}>
                {member.personalData === 'erased' ? (
                  <Tag data-testid="personal-erased">{t('members.personalErased')}</Tag>
                ) : (
                  t('members.personalSealed')
                )}
              </Descriptions.Item>
            )}
            {member.served && <Descriptions.Item label={t('members.served')}>{member.served.points}</Descriptions.Item>}
            <Descriptions.Item label={t('awards.honours')}>
              <Honours of="member" id={member.id} empty="—" />
            </Descriptions.Item>
          </Descriptions>
          {member.view === 'full' && <History member={member} />}
          <Pioneer memberId={member.id} />
          {isAdmin(account) && member.view !== 'reported' && (
            <Redeem memberId={member.id} onRedeemed={() => setRedeemed((n) => n + 1)} />
          )}
          <Ledger key={redeemed} memberId={member.id} />
        </Space>
      )}
    </Drawer>
  );
}

function Pioneer({ memberId }: { memberId: string }) {
  const { t } = useI18n();
  const [index, setIndex] = useState<PioneerIndex | null>(null);
  useEffect(() => {
    api
      .get('/members/{id}/pioneer-index', { path: { id: memberId } })
      .then(setIndex)
      .catch(() => setIndex(null));
  }, [memberId]);
  if (!index) return null;
  const b = index.breakdown;
  return (
    <Descriptions size="small" column={4} title={`${t('members.index')} · ${index.quarter}`}>
      <Descriptions.Item label={t('members.index')}>
        <b>{index.index}</b>
      </Descriptions.Item>
      <Descriptions.Item label={t('members.part.hours')}>{`${b.hours.value} → ${b.hours.points}`}</Descriptions.Item>
      <Descriptions.Item label={t('members.part.wishes')}>{`${b.wishes.value} → ${b.wishes.points}`}</Descriptions.Item>
      <Descriptions.Item label={t('members.part.projects')}>
        {`${b.projects.value} → ${b.projects.points}`}
      </Descriptions.Item>
    </Descriptions>
  );
}

function Ledger({ memberId }: { memberId: string }) {
  const { t, label } = useI18n();
  const paged = usePaged('/members/{id}/points', { path: { id: memberId } });
  const balance = (paged as unknown as { balance?: number }).balance;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Statistic title={t('members.balance')} value={balance ?? '…'} data-testid="member-balance" />
      <PagedTable<LedgerEntry>
        paged={paged}
        empty={t('members.ledgerEmpty')}
        testId="ledger-table"
        columns={[
          { title: t('members.recordedAt'), dataIndex: 'recordedAt', render: (d: string) => d?.slice(0, 10) },
          {
            title: t('common.category'),
            render: (_, e) => (e.rule ? label('rule', e.rule) : label('ledger', e.kind)),
          },
          { title: t('members.points'), dataIndex: 'points' },
          {
            title: t('common.description'),
            render: (_, e) =>
              [e.title ?? e.merchant ?? '', e.hours ? t('vol.hoursVerified', { hours: e.hours }) : '']
                .filter(Boolean)
                .join(' · '),
          },
        ]}
      />
    </Space>
  );
}

/**
 * Where the member belonged and how it changed: 组织关系转接 asked and made (by whom, decided by
 * whom), and status changes (流动, 失联, 找回) with their reasons, newest first.
 */
function History({ member }: { member: Member }) {
  const { t, label } = useI18n();
  const events = [
    ...(member.transfers ?? []).map((x) => ({
      at: x.decidedAt ?? x.requestedAt,
      text: (
        <span>
          {t(`members.transfer.${x.status}`)}：<OrgName id={x.fromBranchId} /> → <OrgName id={x.toBranchId} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {' '}
            {t('members.transferBy', { by: x.requestedBy, decided: x.decidedBy ?? '—' })}
            {x.reason ? ` · ${x.reason}` : ''}
          </Typography.Text>
        </span>
      ),
    })),
    ...(member.statusHistory ?? []).slice(1).map((s) => ({
      at: s.since,
      text: (
        <span>
          {t('members.statusBecame', { status: label('status', s.status) })}
          {s.reason ? <Typography.Text type="secondary">{` · ${s.reason}`}</Typography.Text> : null}
        </span>
      ),
    })),
    ...(member.registeredAt
      ? [
          {
            at: member.registeredAt,
            text: (
              <span>
                {t('members.registeredIn')}
                <OrgName id={member.branchHistory?.[0]?.branchId} />
              </span>
            ),
          },
        ]
      : []),
  ].sort((a, b) => (a.at < b.at ? 1 : -1));
  return (
    <div data-testid="member-history">
      <Typography.Title level={5}>{t('members.history')}</Typography.Title>
      <Timeline
        items={events.map((e) => ({
          children: (
            <span>
              {e.at.slice(0, 10)} {e.text}
            </span>
          ),
        }))}
      />
    </div>
  );
}
