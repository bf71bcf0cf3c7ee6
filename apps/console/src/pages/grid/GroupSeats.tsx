import { Button, Drawer, Popconfirm, Select, Space, Table } from 'antd';
import { useEffect, useState } from 'react';
import { api, type Member, type PartyOrganization } from '../../api';
import { MemberName, useFailure } from '../../components/data';
import { useI18n } from '../../i18n';

/**
 * Who sits in a 党小组: members of its branch (by their organisation relationship), one party
 * group each; the admins over it seat and unseat them (`seat_member`), the auditor reads.
 */
export function GroupSeats({ group, onClose }: { group: PartyOrganization | null; onClose: () => void }) {
  const { t } = useI18n();
  const fail = useFailure();
  const [current, setCurrent] = useState<PartyOrganization | null>(group);
  const [candidates, setCandidates] = useState<Member[]>([]);
  const [picked, setPicked] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  useEffect(() => setCurrent(group), [group]);
  const mayAct = current?.actions.includes('seat_member') ?? false;
  useEffect(() => {
    if (!group || !group.actions.includes('seat_member')) return setCandidates([]);
    let live = true;
    api
      .get('/members', { query: { branchId: group.parentId, limit: 200 } })
      .then((p) => live && setCandidates(p.items))
      .catch(() => live && setCandidates([]));
    return () => {
      live = false;
    };
  }, [group]);

  const seat = async () => {
    if (!current || !picked) return;
    setBusy(true);
    try {
      setCurrent(
        await api.post('/party-organizations/{id}/members', { path: { id: current.id }, body: { memberId: picked } }),
      );
      setPicked(undefined);
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };
  const unseat = async (memberId: string) => {
    if (!current) return;
    try {
      setCurrent(
        await api.delete('/party-organizations/{id}/members/{memberId}', { path: { id: current.id, memberId } }),
      );
    } catch (e) {
      fail(e);
    }
  };

  const seated = current?.memberIds ?? [];
  return (
    <Drawer
      open={group !== null}
      title={t('grid.seatsOf', { name: group?.name ?? '' })}
      width={560}
      onClose={onClose}
      destroyOnHidden
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        {mayAct && (
          <Space>
            <Select
              id="seat-member"
              showSearch
              allowClear
              optionFilterProp="label"
              style={{ width: 260 }}
              placeholder={t('members.pick')}
              notFoundContent={t('grid.noBranchMembers')}
              value={picked}
              onChange={setPicked}
              options={candidates.filter((m) => !seated.includes(m.id)).map((m) => ({ value: m.id, label: m.name }))}
            />
            <Button type="primary" disabled={!picked} loading={busy} onClick={seat} data-testid="seat-add">
              {t('grid.seat')}
            </Button>
          </Space>
        )}
        <Table<{ id: string }>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={seated.map((id) => ({ id }))}
          locale={{ emptyText: mayAct ? t('grid.noSeatsAdmin') : t('grid.noSeats') }}
          data-testid="seats-table"
          columns={[
            { title: t('grid.member'), render: (_, r) => <MemberName id={r.id} /> },
            ...(mayAct
              ? [
                  {
                    title: t('common.actions'),
                    render: (_: unknown, r: { id: string }) => (
                      <Popconfirm
                        title={t('grid.unseatConfirm')}
                        okText={t('common.confirm')}
                        cancelText={t('common.cancel')}
                        onConfirm={() => unseat(r.id)}
                      >
                        <Button size="small" type="link" danger>
                          {t('grid.unseat')}
                        </Button>
                      </Popconfirm>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Space>
    </Drawer>
  );
}
