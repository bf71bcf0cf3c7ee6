import { Alert, App, Button, Card, Checkbox, Empty, Form, Input, Popconfirm, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { api, type Member, type PioneerIndex } from '../api';
import { OrgName, useFormFailure } from '../components/data';
import { useI18n } from '../i18n';
import { useAccount } from '../session';
import { CommunityReport } from './CommunityReport';
import { PartyProposal } from './PartyProposal';
import { ActivityItem, Loaded } from './parts';
import { useMore } from './useMore';
import { type Resident, useRefusal, useVolunteer } from './volunteer';

/** 我的: a member's or a resident volunteer's home on the phone. */
export function HomePage() {
  const { volunteer, error } = useVolunteer();
  if (!volunteer) return <Loaded error={error} loading rows={4} />;
  if (volunteer.kind === 'member') return <MemberHome member={volunteer.member} />;
  return volunteer.resident ? <ResidentHome resident={volunteer.resident} /> : <RegisterResident />;
}

/** A figure and what it counts, side by side with others. */
function Stat({ value, label, testId }: { value: string | number; label: string; testId: string }) {
  return (
    <div>
      <div className="phone-stat-value" data-testid={testId}>
        {value}
      </div>
      <div className="phone-stat-label">{label}</div>
    </div>
  );
}

/** 我的活动: the volunteer's own activities (`GET /activities/mine`), newest first, and the hours verified over all. */
function useMine() {
  return useMore('/activities/mine', {}, 5);
}

function MyActivities({ mine }: { mine: ReturnType<typeof useMine> }) {
  const { t } = useI18n();
  return (
    <Card size="small" title={t('phone.myActivities')} data-testid="my-activities">
      <Loaded error={mine.error} loading={mine.loading && mine.items.length === 0} />
      {mine.items.map((a) => (
        <ActivityItem key={a.id} activity={a} />
      ))}
      {!mine.loading && !mine.error && mine.items.length === 0 && (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('phone.myActivitiesEmpty')}
          children={
            <Link to="/activities">
              <Button type="primary">{t('phone.browse')}</Button>
            </Link>
          }
        />
      )}
      {mine.hasMore && (
        <Button block type="link" loading={mine.loading} onClick={mine.more}>
          {t('phone.more')}
        </Button>
      )}
    </Card>
  );
}

function MemberHome({ member }: { member: Member | null }) {
  const { t, label } = useI18n();
  const account = useAccount();
  const mine = useMine();
  const [index, setIndex] = useState<PioneerIndex | null>(null);
  useEffect(() => {
    if (member) api.get('/members/{id}/pioneer-index', { path: { id: member.id } }).then(setIndex, () => undefined);
  }, [member]);
  const hours = mine.page ? t('phone.hoursValue', { hours: mine.page.verifiedHours }) : '—';
  return (
    <>
      <Card size="small">
        <Space direction="vertical" size={4} style={{ width: '100%' }}>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="home-title">
            {t('phone.hello', { name: member?.name ?? account.displayName })}
          </Typography.Title>
          <Space size={4} wrap>
            <Tag color="red">{label('role', 'member')}</Tag>
            {member?.branchId && (
              <Typography.Text type="secondary">
                <OrgName id={member.branchId} />
              </Typography.Text>
            )}
          </Space>
        </Space>
      </Card>
      {member ? (
        <Card size="small">
          <div className="phone-stats">
            <Stat value={member.points ?? 0} label={t('phone.points')} testId="my-points" />
            <Stat value={index ? index.index : '—'} label={t('phone.pioneerIndex')} testId="my-index" />
            <Stat value={hours} label={t('phone.hours')} testId="my-hours" />
          </div>
        </Card>
      ) : (
        <LinkProposals />
      )}
      {member && <CommunityReport member={member} />}
      <PartyProposal />
      <MyActivities mine={mine} />
    </>
  );
}

/** Not linked yet: the member records an administrator proposed for this account, each to confirm. */
function LinkProposals() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const refusal = useRefusal();
  const { volunteer, reload } = useVolunteer();
  const [busy, setBusy] = useState<string | null>(null);
  const proposals = volunteer?.kind === 'member' ? volunteer.proposals : [];
  const confirm = async (memberId: string) => {
    setBusy(memberId);
    try {
      await api.post('/members/me/account/confirm', { body: { memberId } });
      message.success(t('phone.linked'));
      reload();
    } catch (e) {
      message.error(refusal(e));
    } finally {
      setBusy(null);
    }
  };
  if (proposals.length === 0)
    return <Alert type="info" showIcon message={t('phone.notLinked')} data-testid="not-linked" />;
  return (
    <>
      {proposals.map((p) => (
        <Alert
          key={p.memberId}
          type="warning"
          showIcon
          message={t('phone.linkProposal', { name: p.name })}
          description={
            <Space direction="vertical" style={{ width: '100%' }}>
              <OrgName id={p.branchId} />
              <Button block type="primary" loading={busy === p.memberId} onClick={() => confirm(p.memberId)}>
                {t('phone.linkConfirm')}
              </Button>
            </Space>
          }
        />
      ))}
    </>
  );
}

function ResidentHome({ resident }: { resident: Resident }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const refusal = useRefusal();
  const { reload } = useVolunteer();
  const mine = useMine();
  const account = useAccount();
  const withdraw = async () => {
    try {
      await api.post('/residents/{id}/consent/withdraw', { path: { id: resident.id } });
      reload();
    } catch (e) {
      message.error(refusal(e));
    }
  };
  return (
    <>
      <Card size="small">
        <Space direction="vertical" size={4} style={{ width: '100%' }}>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="home-title">
            {t('phone.hello', { name: resident.name ?? account.displayName })}
          </Typography.Title>
          <Space size={4} wrap>
            <Tag color="orange">{label('role', 'resident')}</Tag>
            <Typography.Text type="secondary">
              <OrgName id={resident.communityId} />
            </Typography.Text>
            {resident.phone && <Typography.Text type="secondary">{resident.phone}</Typography.Text>}
          </Space>
        </Space>
      </Card>
      {resident.status === 'withdrawn' && <Alert type="warning" showIcon message={t('phone.withdrawn')} />}
      <Card size="small">
        <div className="phone-stats" style={{ gridTemplateColumns: '1fr 1fr' }}>
          <Stat
            value={mine.page ? t('phone.hoursValue', { hours: mine.page.verifiedHours }) : '—'}
            label={t('phone.hours')}
            testId="my-hours"
          />
          <Stat
            value={t('phone.activityCountValue', { n: mine.total })}
            label={t('phone.activityCount')}
            testId="my-count"
          />
        </div>
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', fontSize: 12 }} data-testid="no-points">
          {t('phone.noPoints')}
        </Typography.Paragraph>
      </Card>
      <MyActivities mine={mine} />
      {resident.status === 'active' && (
        <Popconfirm
          title={t('phone.withdrawConfirm')}
          onConfirm={withdraw}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
        >
          <Button block type="text" danger>
            {t('phone.withdraw')}
          </Button>
        </Popconfirm>
      )}
    </>
  );
}

/** A resident account registers itself as a volunteer, consenting to the data kept (`POST /residents/me`). */
function RegisterResident() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const formFailure = useFormFailure();
  const { reload } = useVolunteer();
  const [form] = Form.useForm<{ name: string; phone: string; consent: boolean }>();
  const [busy, setBusy] = useState(false);
  const submit = async (values: { name: string; phone: string; consent: boolean }) => {
    setBusy(true);
    try {
      await api.post('/residents/me', {
        body: { name: values.name.trim(), phone: values.phone.trim(), consent: true },
      });
      message.success(t('phone.register.done'));
      reload();
    } catch (e) {
      formFailure(form, e, ['name', 'phone', 'consent']);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title={t('phone.register.title')} data-testid="register-resident">
      <Typography.Paragraph type="secondary">{t('phone.register.intro')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item
          name="name"
          label={t('phone.register.name')}
          rules={[
            { required: true, whitespace: true, message: t('login.required', { field: t('phone.register.name') }) },
          ]}
        >
          <Input id="resident-name" maxLength={50} autoComplete="name" />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('phone.register.phone')}
          extra={t('phone.register.phoneHint')}
          rules={[{ required: true, message: t('login.required', { field: t('phone.register.phone') }) }]}
        >
          <Input id="resident-phone" inputMode="tel" autoComplete="tel" maxLength={20} />
        </Form.Item>
        <Form.Item
          name="consent"
          valuePropName="checked"
          rules={[
            {
              validator: (_, v) =>
                v ? Promise.resolve() : Promise.reject(new Error(t('phone.register.consentRequired'))),
            },
          ]}
        >
          <Checkbox id="resident-consent">{t('phone.register.consent')}</Checkbox>
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          block
          loading={busy}
          className="phone-big-button"
          data-testid="register-submit"
        >
          {t('phone.register.submit')}
        </Button>
      </Form>
    </Card>
  );
}
