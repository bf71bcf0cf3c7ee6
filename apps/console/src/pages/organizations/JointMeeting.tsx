import { App, Button, Empty, Popconfirm, Space, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { api, type JointMeeting as Meeting } from '../../api';
import { type OrgNode, OrgName, StatusTag, useFailure } from '../../components/data';
import { useI18n } from '../../i18n';
import { isAdmin, useAccount } from '../../session';
import { UnitPicker } from './UnitPicker';

/**
 * 联席会议 of a street or community: its member units; an admin adds a unit (at once when over both
 * sides, else as an invitation 待确认 that the unit side confirms) or records that it left. Pending
 * invitations and applications are listed apart, with confirm/decline for the other side and
 * withdraw for the proposing side (a guess from the role; the server decides).
 */
export function JointMeeting({ node }: { node: OrgNode }) {
  const { t } = useI18n();
  const account = useAccount();
  const { message } = App.useApp();
  const fail = useFailure();
  const [meeting, setMeeting] = useState<Meeting | null>(null);
  const [unitId, setUnitId] = useState<string | undefined>();
  const mayAct = isAdmin(account);
  const mayAnswer = mayAct || account.role === 'unit_contact';
  const mySide = account.role === 'unit_contact' ? 'unit' : 'organization';
  const load = useCallback(
    () =>
      api
        .get('/organizations/{id}/joint-meeting', { path: { id: node.id } })
        .then(setMeeting)
        .catch(() => setMeeting({ orgId: node.id, version: 0, members: [], pending: [], branchOf: null })),
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

  // 分会 (issue 20): a street's meeting as a branch of its district's council, marked by the district
  const mayMarkBranch = account.role === 'district_admin' && node.kind === 'street' && !meeting?.branchOf;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {node.kind === 'street' && (meeting?.branchOf || mayMarkBranch) && (
        <Space>
          {meeting?.branchOf && (
            <Tag color="gold" data-testid="meeting-branch">
              {t('meeting.branchOf')}
            </Tag>
          )}
          {mayMarkBranch && node.parentId && (
            <Button
              size="small"
              onClick={() =>
                run(() =>
                  api.post('/organizations/{id}/joint-meeting/branch-of', {
                    path: { id: node.id },
                    body: { councilOrgId: node.parentId! },
                  }),
                )
              }
              data-testid="meeting-mark-branch"
            >
              {t('meeting.markBranch')}
            </Button>
          )}
        </Space>
      )}
      {mayAct && (
        <Space wrap>
          <UnitPicker id="meeting-unit" value={unitId} onChange={setUnitId} />
          <Button
            type="primary"
            disabled={!unitId}
            onClick={() =>
              run(() =>
                api.post('/organizations/{id}/joint-meeting/members', {
                  path: { id: node.id },
                  body: { unitId: unitId! },
                }),
              )
            }
            data-testid="meeting-join"
          >
            {t('org.joinMeeting')}
          </Button>
        </Space>
      )}
      {(meeting?.pending?.length ?? 0) > 0 && (
        <Table
          size="small"
          title={() => t('org.pendingMembers')}
          rowKey="unitId"
          dataSource={meeting?.pending ?? []}
          pagination={false}
          data-testid="meeting-pending"
          columns={[
            { title: t('org.kind.unit'), dataIndex: 'unitId', render: (id: string) => <OrgName id={id} /> },
            { title: t('common.status'), render: () => <StatusTag status="proposed" /> },
            {
              title: t('org.proposedBy'),
              dataIndex: 'proposedBy',
              render: (side: 'organization' | 'unit') => t(`org.side.${side}`),
            },
            {
              title: t('common.actions'),
              render: (_, p) =>
                mayAnswer &&
                (p.proposedBy === mySide ? (
                  <Button
                    size="small"
                    type="link"
                    onClick={() =>
                      run(() =>
                        api.post('/organizations/{id}/joint-meeting/members/{unitId}/withdraw', {
                          path: { id: node.id, unitId: p.unitId },
                        }),
                      )
                    }
                  >
                    {t('org.withdraw')}
                  </Button>
                ) : (
                  <Space size={0}>
                    <Button
                      size="small"
                      type="link"
                      onClick={() =>
                        run(() =>
                          api.post('/organizations/{id}/joint-meeting/members/{unitId}/confirm', {
                            path: { id: node.id, unitId: p.unitId },
                          }),
                        )
                      }
                      data-testid="meeting-confirm"
                    >
                      {t('org.confirm')}
                    </Button>
                    <Popconfirm
                      title={t('org.declineConfirm')}
                      onConfirm={() =>
                        run(() =>
                          api.post('/organizations/{id}/joint-meeting/members/{unitId}/decline', {
                            path: { id: node.id, unitId: p.unitId },
                          }),
                        )
                      }
                    >
                      <Button size="small" type="link" danger>
                        {t('org.decline')}
                      </Button>
                    </Popconfirm>
                  </Space>
                )),
            },
          ]}
        />
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
              mayAnswer &&
              m.status === 'active' && (
                <Popconfirm
                  title={t('org.leaveMeetingConfirm')}
                  onConfirm={() =>
                    run(() =>
                      api.delete('/organizations/{id}/joint-meeting/members/{unitId}', {
                        path: { id: node.id, unitId: m.unitId },
                        body: {},
                      }),
                    )
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
