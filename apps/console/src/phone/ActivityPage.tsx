import { LeftOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Popconfirm, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { type Activity, api } from '../api';
import { OrgName } from '../components/data';
import { useI18n } from '../i18n';
import { ActivityCard, Loaded, SelfTags } from './parts';
import { attendanceStep, useActivity, useRefusal, useVolunteer } from './volunteer';

/**
 * One activity on the phone: what, when, where, who may come — and the volunteer's own steps:
 * sign up, cancel, check in and out by the organiser's code (扫码签到).
 */
export function ActivityPage() {
  const { id = '' } = useParams();
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const refusal = useRefusal();
  const { volunteer } = useVolunteer();
  const { activity, setActivity, error } = useActivity(id);
  const [busy, setBusy] = useState(false);

  const act = useCallback(
    async (call: () => Promise<Activity>, done: string) => {
      setBusy(true);
      try {
        setActivity(await call());
        message.success(done);
      } catch (e) {
        message.error(refusal(e));
      } finally {
        setBusy(false);
      }
    },
    [message, refusal],
  );

  const back = (
    <Button type="link" icon={<LeftOutlined />} onClick={() => navigate(-1)} style={{ paddingLeft: 0 }}>
      {t('phone.back')}
    </Button>
  );
  if (!activity || !volunteer)
    return (
      <>
        {back}
        <Loaded error={error} loading />
      </>
    );
  const a = activity;
  const kind = volunteer.kind === 'member' ? 'members' : 'residents';
  const me = volunteer.kind === 'member' ? volunteer.member?.id : volunteer.resident?.id;
  const withdrawn = volunteer.kind === 'resident' && volunteer.resident?.status === 'withdrawn';
  const self = a.self;
  const openToMe = a.openTo.includes(kind);
  const maySignUp = !!me && !withdrawn && openToMe && a.status === 'open' && !self?.signedUp;
  const mayCancel =
    !!me && !!self?.signedUp && !self.checkedInAt && self.hours === null && !a.cancelled && a.status !== 'finished';
  const step = attendanceStep(a);
  const body = volunteer.kind === 'member' ? { memberId: me! } : { residentId: me! };

  return (
    <>
      {back}
      <ActivityCard
        activity={a}
        testId="activity-page"
        tags={<SelfTags activity={a} />}
        after={a.description && <Typography.Paragraph style={{ margin: 0 }}>{a.description}</Typography.Paragraph>}
      >
        <Descriptions.Item label={t('phone.organiser')}>
          <OrgName id={a.orgId} />
        </Descriptions.Item>
        <Descriptions.Item label={t('common.category')}>{label('category', a.category)}</Descriptions.Item>
        <Descriptions.Item label={t('vol.slots')}>
          {t('phone.slots', { n: a.signedUpCount, total: a.slots })}
        </Descriptions.Item>
        {volunteer.kind === 'member' && (
          <Descriptions.Item label={t('vol.pointsPerHour')}>{a.pointsPerHour}</Descriptions.Item>
        )}
        <Descriptions.Item label={t('phone.hoursVerification')}>
          {label('hoursVerification', a.hoursVerification)}
        </Descriptions.Item>
        <Descriptions.Item label={t('vol.openTo')}>
          {a.openTo.map((k) => label('volunteerKind', k)).join('、')}
        </Descriptions.Item>
      </ActivityCard>
      {!openToMe && !self?.signedUp && (
        <Alert type="info" showIcon message={t('phone.notOpenTo', { kind: label('volunteerKind', kind) })} />
      )}
      {withdrawn && <Alert type="warning" showIcon message={t('phone.withdrawn')} />}
      {step && (
        <Button
          type="primary"
          block
          className="phone-big-button"
          data-testid={step === 'in' ? 'go-check-in' : 'go-check-out'}
          onClick={() => navigate(`/scan?activity=${a.id}`)}
        >
          {t(step === 'in' ? 'phone.checkIn' : 'phone.checkOut')}
        </Button>
      )}
      {maySignUp && (
        <Button
          type="primary"
          block
          className="phone-big-button"
          loading={busy}
          data-testid="sign-up"
          onClick={() =>
            act(() => api.post('/activities/{id}/signups', { path: { id: a.id }, body }), t('phone.signedUpDone'))
          }
        >
          {t('phone.signUp')}
        </Button>
      )}
      {self?.signedUp && !step && !self.checkedInAt && a.status !== 'finished' && !a.cancelled && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
          {t('phone.checkInWindow')}
        </Typography.Paragraph>
      )}
      {mayCancel && (
        <Popconfirm
          title={t('phone.cancelConfirm')}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          onConfirm={() =>
            act(
              () => api.delete('/activities/{id}/signups/{volunteerId}', { path: { id: a.id, volunteerId: me! } }),
              t('phone.cancelledDone'),
            )
          }
        >
          <Button block danger type="text" loading={busy} data-testid="cancel-sign-up">
            {t('phone.cancelSignUp')}
          </Button>
        </Popconfirm>
      )}
    </>
  );
}
