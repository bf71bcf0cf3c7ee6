import { App, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { api, type Pairing } from '../../api';
import { type OrgNode, OrgName, StatusTag, useFailure, usePaged } from '../../components/data';
import { PagedTable } from '../../components/PagedTable';
import { useI18n } from '../../i18n';
import { isAdmin, useAccount } from '../../session';
import { UnitPicker } from './UnitPicker';

/**
 * 结对共建 of a grid or community: its units, since when; an admin pairs a unit (at once when over
 * both sides, else as a proposal 待确认 that the unit side confirms) or ends a pairing. The other
 * side of a proposal confirms or declines it, the proposing side withdraws it; the server decides
 * who is which side, the page only guesses which buttons to offer (a unit contact is the unit side).
 */
export function Pairings({ node }: { node: OrgNode }) {
  const { t } = useI18n();
  const account = useAccount();
  const { message } = App.useApp();
  const fail = useFailure();
  const paged = usePaged('/pairings', { query: { orgId: node.id } });
  const [unitId, setUnitId] = useState<string | undefined>();
  const mayAct = isAdmin(account);
  const mayAnswer = mayAct || account.role === 'unit_contact';
  const mySide = account.role === 'unit_contact' ? 'unit' : 'organization';

  const run = async (call: () => Promise<unknown>) => {
    try {
      await call();
      message.success(t('common.done'));
      setUnitId(undefined);
      paged.reload();
    } catch (e) {
      fail(e);
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {mayAct && (
        <Space wrap>
          <UnitPicker id="pairing-unit" value={unitId} onChange={setUnitId} />
          <Button
            type="primary"
            disabled={!unitId}
            onClick={() => run(() => api.post('/pairings', { body: { unitId: unitId!, orgId: node.id } }))}
            data-testid="pairing-create"
          >
            {t('org.pair')}
          </Button>
        </Space>
      )}
      <PagedTable<Pairing>
        paged={paged}
        empty={mayAct ? t('org.pairingsEmptyAdmin') : t('org.pairingsEmpty')}
        testId="pairings-table"
        columns={[
          { title: t('org.kind.unit'), dataIndex: 'unitId', render: (id: string) => <OrgName id={id} /> },
          { title: t('org.since'), dataIndex: 'establishedOn', render: (d: string | null) => d ?? '—' },
          { title: t('org.until'), dataIndex: 'endedOn', render: (d: string | null) => d ?? '—' },
          { title: t('common.status'), dataIndex: 'status', render: (s: string) => <StatusTag status={s} /> },
          {
            title: t('org.proposedBy'),
            dataIndex: 'proposedBy',
            render: (side: Pairing['proposedBy']) => (side ? t(`org.side.${side}`) : '—'),
          },
          {
            title: t('common.actions'),
            render: (_, p) =>
              p.status === 'proposed'
                ? mayAnswer && (
                    <Space size={0}>
                      {p.proposedBy === mySide ? (
                        <Button
                          size="small"
                          type="link"
                          onClick={() => run(() => api.post('/pairings/{id}/withdraw', { path: { id: p.id } }))}
                        >
                          {t('org.withdraw')}
                        </Button>
                      ) : (
                        <>
                          <Button
                            size="small"
                            type="link"
                            onClick={() => run(() => api.post('/pairings/{id}/confirm', { path: { id: p.id } }))}
                            data-testid="pairing-confirm"
                          >
                            {t('org.confirm')}
                          </Button>
                          <Popconfirm
                            title={t('org.declineConfirm')}
                            onConfirm={() => run(() => api.post('/pairings/{id}/decline', { path: { id: p.id } }))}
                          >
                            <Button size="small" type="link" danger>
                              {t('org.decline')}
                            </Button>
                          </Popconfirm>
                        </>
                      )}
                    </Space>
                  )
                : mayAnswer &&
                  p.status === 'active' && (
                    <Popconfirm
                      title={t('org.endPairingConfirm')}
                      onConfirm={() => run(() => api.delete('/pairings/{id}', { path: { id: p.id } }))}
                    >
                      <Button size="small" type="link" danger>
                        {t('org.endPairing')}
                      </Button>
                    </Popconfirm>
                  ),
          },
        ]}
      />
    </Space>
  );
}
