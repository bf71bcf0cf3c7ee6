import { App, Button, Empty, Popconfirm, Space, Table } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api';
import { type OrgNode, OrgName, StatusTag, useFailure } from '../../components/data';
import { useI18n } from '../../i18n';
import { isAdmin, useAccount } from '../../session';
import { UnitPicker } from './UnitPicker';

/** GET /organizations/:id/joint-meeting (apps/organizations). */
interface Meeting {
  orgId: string;
  members: Array<{ unitId: string; joinedOn: string; leftOn: string | null; status: 'active' | 'left' }>;
}

/** 联席会议 of a street or community: its member units; an admin adds a unit or records that it left. */
export function JointMeeting({ node }: { node: OrgNode }) {
  const { t } = useI18n();
  const account = useAccount();
  const { message } = App.useApp();
  const fail = useFailure();
  const [meeting, setMeeting] = useState<Meeting | null>(null);
  const [unitId, setUnitId] = useState<string | undefined>();
  const mayAct = isAdmin(account);
  const load = useCallback(
    () =>
      api
        .get<Meeting>(`/organizations/${node.id}/joint-meeting`)
        .then(setMeeting)
        .catch(() => setMeeting({ orgId: node.id, members: [] })),
    [node.id],
  );
  useEffect(() => {
    load();
  }, [load]);

  const run = async (call: () => Promise<Meeting>) => {
    try {
      setMeeting(await call());
      message.success(t('common.done'));
      setUnitId(undefined);
    } catch (e) {
      fail(e);
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {mayAct && (
        <Space wrap>
          <UnitPicker id="meeting-unit" value={unitId} onChange={setUnitId} />
          <Button
            type="primary"
            disabled={!unitId}
            onClick={() => run(() => api.post<Meeting>(`/organizations/${node.id}/joint-meeting/members`, { unitId }))}
            data-testid="meeting-join"
          >
            {t('org.joinMeeting')}
          </Button>
        </Space>
      )}
      <Table
        size="small"
        rowKey={(m) => `${m.unitId}-${m.joinedOn}`}
        loading={!meeting}
        dataSource={meeting?.members ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty description={mayAct ? t('org.meetingEmptyAdmin') : t('org.meetingEmpty')} /> }}
        data-testid="meeting-table"
        columns={[
          { title: t('org.members'), dataIndex: 'unitId', render: (id: string) => <OrgName id={id} /> },
          { title: t('org.joinedOn'), dataIndex: 'joinedOn' },
          { title: t('org.leftOn'), dataIndex: 'leftOn', render: (d: string | null) => d ?? '—' },
          { title: t('common.status'), dataIndex: 'status', render: (s: string) => <StatusTag status={s} /> },
          {
            title: t('common.actions'),
            render: (_, m) =>
              mayAct &&
              m.status === 'active' && (
                <Popconfirm
                  title={t('org.leaveMeetingConfirm')}
                  onConfirm={() =>
                    run(() => api.delete<Meeting>(`/organizations/${node.id}/joint-meeting/members/${m.unitId}`))
                  }
                >
                  <Button size="small" type="link" danger>
                    {t('org.leaveMeeting')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
    </Space>
  );
}
