import { App, Button, Descriptions, Drawer, Empty, InputNumber, Popconfirm, Progress, Space, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { type Activity, api } from '../../api';
import { MemberName, OrgName, StatusTag, useFailure } from '../../components/data';
import { MemberPicker } from '../../components/MemberPicker';
import { useI18n } from '../../i18n';
import { isAdmin, useAccount } from '../../session';
import { when } from './activity';

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
  const attended = new Map((a?.attendance ?? []).map((x) => [x.memberId, x.hours]));
  const rows = (a?.signedUp ?? []).map((memberId) => ({ memberId, hours: attended.get(memberId) }));

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
          <Table
            size="small"
            rowKey="memberId"
            dataSource={rows}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            locale={{ emptyText: <Empty description={mayAct ? t('vol.noSignupsAdmin') : t('vol.noSignups')} /> }}
            data-testid="signups-table"
            columns={[
              { title: t('common.name'), dataIndex: 'memberId', render: (m: string) => <MemberName id={m} /> },
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
                        value={hours[r.memberId] ?? Math.min(lengthInHours(a), 8)}
                        onChange={(v) => setHours((h) => ({ ...h, [r.memberId]: Number(v) }))}
                        addonAfter={t('vol.hourUnit')}
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
                                  memberId: r.memberId,
                                  hours: hours[r.memberId] ?? Math.min(lengthInHours(a), 8),
                                },
                              }),
                            t('vol.attendanceRecorded'),
                          )
                        }
                      >
                        {t('vol.recordAttendance')}
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
                  a.status !== 'finished' && (
                    <Popconfirm
                      title={t('vol.cancelSignupConfirm')}
                      onConfirm={() =>
                        act(
                          () =>
                            api.delete('/activities/{id}/signups/{volunteerId}', {
                              path: { id: a.id, volunteerId: r.memberId },
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
