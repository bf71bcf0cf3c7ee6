import { LeftOutlined, QrcodeOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Empty, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { type Activity, api } from '../api';
import { useI18n } from '../i18n';
import { ActivityCard, Loaded } from '../phone/parts';
import {
  CHECK_IN_OPENS_BEFORE_MS,
  CHECK_OUT_CLOSES_AFTER_MS,
  clock,
  useActivity,
  useRefusal,
} from '../phone/volunteer';

type CheckIn = NonNullable<Activity['checkIns']>[number];
/** One person signed up, as the organiser sees them: their check-in and their verified hours. */
interface Row {
  id: string;
  kind: 'member' | 'resident';
  /** their place in the order of sign-up, by kind (the grid worker reads no names, docs/grid.md) */
  n: number;
  hours: number | undefined;
  checkIn: CheckIn | undefined;
}

const lengthInHours = (a: Activity) => Math.floor((Date.parse(a.endsAt) - Date.parse(a.startsAt)) / 900_000) / 4;

/**
 * An activity of the grid worker's grid, which it organises on the day (docs/DECISIONS.md 71):
 * the check-in code to show (its own full screen), who signed up and checked in and out, and
 * their hours to confirm — those the code measured, else the activity's length (at most 8).
 */
export function GridActivityPage() {
  const { id = '' } = useParams();
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const refusal = useRefusal();
  const { activity, setActivity, error } = useActivity(id);
  const [busy, setBusy] = useState<string | null>(null);

  const confirm = useCallback(
    async (row: Row, hours: number) => {
      setBusy(row.id);
      try {
        const body = row.kind === 'member' ? { memberId: row.id, hours } : { residentId: row.id, hours };
        setActivity(await api.post('/activities/{id}/attendance', { path: { id }, body }));
        message.success(t('grid.activity.confirmed', { hours }));
      } catch (e) {
        message.error(refusal(e));
      } finally {
        setBusy(null);
      }
    },
    [id, message, refusal, t],
  );

  const back = (
    <Button type="link" icon={<LeftOutlined />} onClick={() => navigate('/activities')} style={{ paddingLeft: 0 }}>
      {t('phone.back')}
    </Button>
  );
  if (!activity)
    return (
      <>
        {back}
        <Loaded error={error} loading />
      </>
    );
  const a = activity;
  const now = Date.now();
  const codeOpen =
    !a.cancelled &&
    now >= Date.parse(a.startsAt) - CHECK_IN_OPENS_BEFORE_MS &&
    now < Date.parse(a.endsAt) + CHECK_OUT_CLOSES_AFTER_MS;
  const started = now >= Date.parse(a.startsAt);
  const attended = new Map([
    ...(a.attendance ?? []).map((x) => [x.memberId, x.hours] as const),
    ...(a.residentAttendance ?? []).map((x) => [x.residentId, x.hours] as const),
  ]);
  const checkIns = new Map((a.checkIns ?? []).map((c) => [c.volunteerId, c]));
  const rows: Row[] = [
    ...(a.signedUp ?? []).map((id, i) => ({ id, kind: 'member' as const, n: i + 1 })),
    ...(a.residents ?? []).map((id, i) => ({ id, kind: 'resident' as const, n: i + 1 })),
  ].map((r) => ({ ...r, hours: attended.get(r.id), checkIn: checkIns.get(r.id) }));
  const proposed = (r: Row) => r.checkIn?.hours || Math.min(lengthInHours(a), 8);

  return (
    <>
      {back}
      <ActivityCard activity={a} testId="grid-activity">
        <Descriptions.Item label={t('vol.slots')}>
          {t('phone.slots', { n: a.signedUpCount, total: a.slots })}
        </Descriptions.Item>
        <Descriptions.Item label={t('phone.hoursVerification')}>
          {label('hoursVerification', a.hoursVerification)}
        </Descriptions.Item>
      </ActivityCard>
      {codeOpen ? (
        <Button
          type="primary"
          block
          icon={<QrcodeOutlined />}
          className="phone-big-button"
          data-testid="show-code"
          onClick={() => navigate(`/check-in-code/${a.id}`)}
        >
          {t('grid.activity.code')}
        </Button>
      ) : (
        !a.cancelled && (
          <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
            {t('grid.activity.codeClosed')}
          </Typography.Paragraph>
        )
      )}
      <Card size="small" title={t('grid.activity.people')} data-testid="grid-activity-people">
        {rows.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('grid.activity.nobody')} />}
        {rows.map((row) => (
          <div key={row.id} className="phone-item" data-testid="grid-volunteer">
            <div className="phone-item-title">
              {t(row.kind === 'member' ? 'grid.activity.member' : 'grid.activity.resident', { n: row.n })}
            </div>
            <div className="phone-item-meta">
              {row.checkIn
                ? [
                    t('grid.activity.checkedIn', { time: clock(row.checkIn.checkedInAt) }),
                    row.checkIn.checkedOutAt
                      ? t('grid.activity.checkedOut', { time: clock(row.checkIn.checkedOutAt) })
                      : null,
                  ]
                    .filter(Boolean)
                    .join('｜')
                : t('grid.activity.notCheckedIn')}
            </div>
            <div className="phone-item-tags">
              {row.hours !== undefined ? (
                <Tag color="green" data-testid="grid-volunteer-hours">
                  {t('grid.activity.confirmed', { hours: row.hours })}
                </Tag>
              ) : started && !a.cancelled ? (
                <Button
                  size="small"
                  type="primary"
                  ghost
                  loading={busy === row.id}
                  data-testid="confirm-hours"
                  onClick={() => confirm(row, proposed(row))}
                >
                  {t('grid.activity.confirm', { hours: proposed(row) })}
                </Button>
              ) : (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('grid.activity.notYet')}
                </Typography.Text>
              )}
            </div>
          </div>
        ))}
        {rows.length > 0 && (
          <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', fontSize: 12 }}>
            {t('grid.activity.namesHidden')}
          </Typography.Paragraph>
        )}
      </Card>
    </>
  );
}
