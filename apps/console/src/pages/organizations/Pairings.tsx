import { App, Button, Popconfirm, Select, Space, Timeline } from 'antd';
import { useState } from 'react';
import { api, type Pairing } from '../../api';
import { type OrgNode, OrgName, StatusTag, useFailure, usePaged } from '../../components/data';
import { PagedTable } from '../../components/PagedTable';
import { useI18n } from '../../i18n';
import { isAdmin, useAccount } from '../../session';
import { UnitPicker } from './UnitPicker';

/**
 * 结对共建 of a grid or community, its grids' included (`within`): the units, with which
 * organisation, since when, and each pairing's history (unfold a row). An admin pairs a unit with
 * the community or one of its grids (at once when over both sides, else as a proposal 待确认 that
 * the unit side confirms) or ends a pairing. The other side of a proposal confirms or declines it,
 * the proposing side withdraws it; the server decides who is which side, the page only guesses
 * which buttons to offer (a unit contact is the unit side).
 */
export function Pairings({ node }: { node: OrgNode }) {
  const { t, label } = useI18n();
  const account = useAccount();
  const { message } = App.useApp();
  const fail = useFailure();
  const paged = usePaged('/pairings', { query: { within: node.id } });
  const [unitId, setUnitId] = useState<string | undefined>();
  const targets = [node, ...node.children].filter(
    (o) => (o.kind === 'grid' || o.kind === 'community') && o.status === 'active',
  );
  const [orgId, setOrgId] = useState<string>(node.id);
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
          {targets.length > 1 && (
            <Select
              id="pairing-org"
              style={{ width: 200 }}
              value={orgId}
              onChange={setOrgId}
              options={targets.map((o) => ({ value: o.id, label: `${o.name}（${label('org.kind', o.kind)}）` }))}
            />
          )}
          <Button
            type="primary"
            disabled={!unitId}
            onClick={() => run(() => api.post('/pairings', { body: { unitId: unitId!, orgId } }))}
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
        expandable={{
          expandedRowRender: (p) => (
            <Timeline
              data-testid="pairing-history"
              items={(p.history ?? []).map((h) => ({
                children: `${h.at.slice(0, 10)} ${t(`org.step.${h.step}`)} · ${h.by}`,
              }))}
            />
          ),
          rowExpandable: (p) => (p.history?.length ?? 0) > 0,
        }}
        columns={[
          { title: t('org.kind.unit'), dataIndex: 'unitId', render: (id: string) => <OrgName id={id} /> },
          {
            title: t('org.pairedWith'),
            dataIndex: 'orgId',
            render: (id: string) => (id === node.id ? node.name : <OrgName id={id} />),
          },
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
