import { App, Button, Card, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api, type Member } from '../api';
import { OrgName } from '../components/data';
import { useI18n } from '../i18n';
import { useRefusal, useVolunteer } from './volunteer';

/**
 * 双报到 on the member's phone: an in-service member asks to report to the community where they
 * live; the community confirms or declines it (docs/members.md). The card shows where the member
 * stands — reported, waiting (and may withdraw the request), declined with the community's reason —
 * and lets them ask when nothing stands or waits.
 */
export function CommunityReport({ member }: { member: Member }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const refusal = useRefusal();
  const { reload } = useVolunteer();
  const [communities, setCommunities] = useState<Array<{ id: string; name: string }>>([]);
  const [chosen, setChosen] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const pending = member.pendingReport ?? null;
  const last = member.communityReports?.at(-1) ?? null;
  const mayAsk = member.inService && !member.reportedTo && !pending;

  useEffect(() => {
    if (!mayAsk) return;
    api.get('/organizations', { query: { kind: 'community', limit: 200 } }).then(
      (page) => setCommunities(page.items.filter((o) => o.status === 'active')),
      () => undefined,
    );
  }, [mayAsk]);

  const act = async (what: 'ask' | 'cancel') => {
    setBusy(true);
    try {
      if (what === 'ask' && chosen)
        await api.post('/members/{id}/community-report', { path: { id: member.id }, body: { communityId: chosen } });
      if (what === 'cancel') await api.post('/members/{id}/community-report/cancel', { path: { id: member.id } });
      message.success(t(what === 'ask' ? 'phone.report.asked' : 'phone.report.cancelled'));
      setChosen(undefined);
      reload();
    } catch (e) {
      message.error(refusal(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card size="small" title={t('phone.report.title')} data-testid="community-report">
      <Space direction="vertical" size={8} style={{ width: '100%' }}>
        {member.reportedTo && (
          <Space size={4} wrap data-testid="report-confirmed">
            <Tag color="green">{t('phone.report.confirmed')}</Tag>
            <OrgName id={member.reportedTo} />
            {member.reportedOn && <Typography.Text type="secondary">{member.reportedOn}</Typography.Text>}
          </Space>
        )}
        {pending && (
          <>
            <Space size={4} wrap data-testid="report-pending">
              <Tag color="gold">{t('phone.report.pending')}</Tag>
              <OrgName id={pending.communityId} />
            </Space>
            <Popconfirm
              title={t('phone.report.cancelConfirm')}
              onConfirm={() => act('cancel')}
              okText={t('common.confirm')}
              cancelText={t('common.cancel')}
            >
              <Button block loading={busy} data-testid="report-cancel">
                {t('phone.report.cancel')}
              </Button>
            </Popconfirm>
          </>
        )}
        {!pending && !member.reportedTo && last?.status === 'declined' && (
          <Typography.Paragraph type="warning" style={{ margin: 0 }} data-testid="report-declined">
            {t('phone.report.declined', { reason: last.reason || t('phone.report.noReason') })}{' '}
            <OrgName id={last.communityId} />
          </Typography.Paragraph>
        )}
        {!member.inService && !member.reportedTo && (
          <Typography.Text type="secondary">{t('phone.report.notInService')}</Typography.Text>
        )}
        {mayAsk && (
          <>
            <Typography.Text type="secondary">{t('phone.report.intro')}</Typography.Text>
            <Select
              showSearch
              optionFilterProp="label"
              placeholder={t('phone.report.choose')}
              value={chosen}
              onChange={setChosen}
              options={communities.map((c) => ({ value: c.id, label: c.name }))}
              style={{ width: '100%' }}
              id="report-community-choice"
              data-testid="report-community"
            />
            <Button
              block
              type="primary"
              disabled={!chosen}
              loading={busy}
              onClick={() => act('ask')}
              className="phone-big-button"
              data-testid="report-ask"
            >
              {t('phone.report.ask')}
            </Button>
          </>
        )}
      </Space>
    </Card>
  );
}
