import { App, Button, Descriptions, Drawer, Empty, InputNumber, Popconfirm, Progress, Space, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { type Activity, api } from '../../api';
import { MemberName, OrgName, ResidentName, StatusTag, useFailure } from '../../components/data';
import { minute } from '../../components/format';
import { MemberPicker } from '../../components/MemberPicker';
import { useI18n } from '../../i18n';
import { isAdmin, useAccount } from '../../session';
import { when } from './activity';

type CheckIn = NonNullable<Activity['checkIns']>[number];
/** One person signed up: a member or a resident volunteer, their 扫码签到 and verified hours. */
interface Row {
  id: string;
  kind: 'member' | 'resident';
  hours: number | undefined;
  checkIn: CheckIn | undefined;
}

const lengthInHours = (a: Activity) => Math.floor((Date.parse(a.endsAt) - Date.parse(a.startsAt)) / 900_000) / 4;

/** One activity: its places, who signed up, attendance (verified hours → points), cancellation. */
export function ActivityDrawer({
  id,
  onClose,
  onChanged,
}: {
  id: string | null;
  onClose: () => void;
  onChanged: () => void;
}) {
  const { t, label } = useI18n();
  const account = useAccount();
  const fail = useFailure();
  const { message } = App.useApp();
  const [activity, setActivity] = useState<Activity | null>(null);
  const [member, setMember] = useState<string | undefined>();
  const [hours, setHours] = useState<Record<string, number>>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    setActivity(null);
    setMember(undefined);
    setHours({});
    if (id) api.get('/activities/{id}', { path: { id } }).then(setActivity).catch(fail);
  }, [id, fail]);

  /** Runs one command of the activity; the API answers with the activity as it is now. */
  const act = useCallback(
    async (call: () => Promise<Activity>, done: string) => {
      setBusy(true);
      try {
        setActivity(await call());
        message.success(done);
        onChanged();
      } catch (e) {
        fail(e);
      } finally {
        setBusy(false);
      }
    },
    [fail, message, onChanged],
  );

  const a = activity;
  const mayAct = isAdmin(account) && a !== null && !a.cancelled;
  const started = a !== null && Date.parse(a.startsAt) <= Date.now();
  const attended = new Map([
    ...(a?.attendance ?? []).map((x) => [x.memberId, x.hours] as const),
    ...(a?.residentAttendance ?? []).map((x) => [x.residentId, x.hours] as const),
  ]);
  const checkIns = new Map((a?.checkIns ?? []).map((c) => [c.volunteerId, c]));
  // the people signed up — members, then resident volunteers — with their 扫码签到 and verified hours
  const rows: Row[] = [
    ...(a?.signedUp ?? []).map((id) => ({ id, kind: 'member' as const })),
    ...(a?.residents ?? []).map((id) => ({ id, kind: 'resident' as const })),
  ].map((r) => ({ ...r, hours: attended.get(r.id), checkIn: checkIns.get(r.id) }));
  /** The hours to confirm: those the check-in and check-out measured, else the activity's length (at most 8). */
  const proposed = (r: Row) =>
    hours[r.id] ?? (r.checkIn?.hours ? r.checkIn.hours : a ? Math.min(lengthInHours(a), 8) : 1);
  const codeOpen =
    a !== null &&
    !a.cancelled &&
    Date.now() >= Date.parse(a.startsAt) - 30 * 60_000 &&
    Date.now() < Date.parse(a.endsAt) + 2 * 3_600_000;

  return (
    <Drawer open={id !== null} onClose={onClose} width={640} title={a?.title ?? t('vol.activities')} destroyOnHidden>
      {a && (
        <Space direction="vertical" style={{ width: '100%' }} data-testid="activity-drawer">
          <Descriptions column={2} size="small" bordered>
            <Descriptions.Item label={t('vol.organiser')}>
              <OrgName id={a.orgId} />
            </Descriptions.Item>
            <Descriptions.Item label={t('common.status')}>
              <StatusTag status={a.status} text={label('activity', a.status)} />
            </Descriptions.Item>
            <Descriptions.Item label={t('common.category')}>{label('category', a.category)}</Descriptions.Item>
            <Descriptions.Item label={t('vol.place')}>{a.place || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('vol.startsAt')}>{when(a.startsAt)}</Descriptions.Item>
            <Descriptions.Item label={t('vol.endsAt')}>{when(a.endsAt)}</Descriptions.Item>
            <Descriptions.Item label={t('vol.pointsPerHour')}>{a.pointsPerHour}</Descriptions.Item>
            <Descriptions.Item label={t('vol.openTo')}>
              {a.openTo.map((k) => label('volunteerKind', k)).join('、')}
            </Descriptions.Item>
            <Descriptions.Item label={t('vol.hoursVerification')}>
              {label('hoursVerification', a.hoursVerification)}
            </Descriptions.Item>
            <Descriptions.Item label={t('vol.slots')}>
              <Progress
                percent={Math.round((100 * a.signedUpCount) / a.slots)}
                format={() => `${a.signedUpCount} / ${a.slots}`}
                size="small"
              />
            </Descriptions.Item>
            {a.description ? (
              <Descriptions.Item span={2} label={t('common.description')}>
                {a.description}
              </Descriptions.Item>
            ) : null}
            {a.cancelled && (
              <Descriptions.Item span={2} label={t('vol.cancelReason')}>
                {a.cancelReason || '—'}
              </Descriptions.Item>
            )}
          </Descriptions>
          {mayAct && codeOpen && (
            <Link to={`/check-in-code/${a.id}`} data-testid="open-check-in-code">
              <Button type="primary" ghost>
                {t('code.open')}
              </Button>
            </Link>
          )}
          {mayAct && a.status === 'open' && (
            <Space wrap>
              <MemberPicker
                id="signup-member"
                communityId={a.communityId}
                value={member}
                onChange={(v) => setMember(v as string)}
              />
              <Button
                type="primary"
                disabled={!member}
                loading={busy}
                data-testid="signup-submit"
                onClick={() =>
                  act(
                    () => api.post('/activities/{id}/signups', { path: { id: a.id }, body: { memberId: member! } }),
                    t('vol.signedUp'),
                  ).then(() => setMember(undefined))
                }
              >
                {t('vol.signUp')}
              </Button>
            </Space>
          )}
          <h4>{t('vol.signupList')}</h4>
          <Table<Row>
            size="small"
            rowKey="id"
            dataSource={rows}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            locale={{ emptyText: <Empty description={mayAct ? t('vol.noSignupsAdmin') : t('vol.noSignups')} /> }}
            data-testid="signups-table"
            columns={[
              {
                title: t('common.name'),
                render: (_, r) =>
                  r.kind === 'member' ? (
                    <MemberName id={r.id} />
                  ) : (
                    <Space size={4}>
                      <ResidentName id={r.id} />
                      <Tag>{label('role', 'resident')}</Tag>
                    </Space>
                  ),
              },
              {
                title: t('vol.checkedIn'),
                render: (_, r) =>
                  r.checkIn ? (
                    <span data-testid="row-check-in">
                      {minute(r.checkIn.checkedInAt).slice(11)}
                      {r.checkIn.checkedOutAt ? ` – ${minute(r.checkIn.checkedOutAt).slice(11)}` : ''}
                      {r.checkIn.hours !== null && (
                        <div style={{ fontSize: 12, color: '#888' }}>
                          {t('vol.measured', { hours: r.checkIn.hours })}
                        </div>
                      )}
                    </span>
                  ) : (
                    '—'
                  ),
              },
              {
                title: t('vol.attendance'),
                render: (_, r) =>
                  r.hours !== undefined ? (
                    <Tag color="green">{t('vol.hoursVerified', { hours: r.hours })}</Tag>
                  ) : mayAct && started ? (
                    <Space.Compact>
                      <InputNumber
                        min={0.25}
                        max={168}
                        step={0.25}
                        size="small"
                        style={{ width: 90 }}
                        value={proposed(r)}
                        onChange={(v) => setHours((h) => ({ ...h, [r.id]: Number(v) }))}
                        addonAfter={t('vol.hourUnit')}
                        data-testid="attendance-hours"
                      />
                      <Button
                        size="small"
                        loading={busy}
                        data-testid="attendance-submit"
                        onClick={() =>
                          act(
                            () =>
                              api.post('/activities/{id}/attendance', {
                                path: { id: a.id },
                                body: {
                                  ...(r.kind === 'member' ? { memberId: r.id } : { residentId: r.id }),
                                  hours: proposed(r),
                                },
                              }),
                            t(r.kind === 'member' ? 'vol.attendanceRecorded' : 'common.done'),
                          )
                        }
                      >
                        {r.checkIn?.hours ? t('vol.confirmHours') : t('vol.recordAttendance')}
                      </Button>
                    </Space.Compact>
                  ) : (
                    <span>{started ? '—' : t('vol.notStarted')}</span>
                  ),
              },
              {
                title: t('common.actions'),
                render: (_, r) =>
                  mayAct &&
                  r.hours === undefined &&
                  !r.checkIn &&
                  a.status !== 'finished' && (
                    <Popconfirm
                      title={t('vol.cancelSignupConfirm')}
                      onConfirm={() =>
                        act(
                          () =>
                            api.delete('/activities/{id}/signups/{volunteerId}', {
                              path: { id: a.id, volunteerId: r.id },
                            }),
                          t('common.done'),
                        )
                      }
                    >
                      <Button size="small" type="link" danger>
                        {t('vol.cancelSignup')}
                      </Button>
                    </Popconfirm>
                  ),
              },
            ]}
          />
          {mayAct && a.attendanceCount === 0 && (
            <Popconfirm
              title={t('vol.cancelConfirm')}
              onConfirm={() =>
                act(() => api.post('/activities/{id}/cancel', { path: { id: a.id }, body: {} }), t('common.done'))
              }
            >
              <Button danger>{t('vol.cancelActivity')}</Button>
            </Popconfirm>
          )}
        </Space>
      )}
    </Drawer>
  );
}
