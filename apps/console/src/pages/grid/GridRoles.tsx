import { Alert, App, Button, Card, DatePicker, Descriptions, Empty, Form, Modal, Space, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { api, type GridRoster, type GridTerm, type OrgNode } from '../../api';
import { useErrorText, useFailure } from '../../components/data';
import { OrgPicker } from '../../components/OrgPicker';
import { useI18n } from '../../i18n';
import { AppointForm, useGridWorkers } from './AppointForm';
import { chinaToday } from './dates';
import { RoleList } from './RoleList';

function grids(tree: OrgNode | null): OrgNode[] {
  const out: OrgNode[] = [];
  const walk = (n: OrgNode) => {
    if (n.kind === 'grid' && n.status === 'active') out.push(n);
    n.children.forEach(walk);
  };
  if (tree) walk(tree);
  return out;
}

/**
 * 网格角色: a grid's 网格长, 网格员 and 十员 — who holds each role today, and every term with its
 * dates; the admins over the grid appoint (a member or a resident by name; a 网格长's or 网格员's
 * term may name a `grid_worker` account) and end terms, as the roster's `actions` say. Below, the
 * district's list of 十员.
 */
export function GridRoles({ tree }: { tree: OrgNode | null }) {
  const { t, label } = useI18n();
  const errorText = useErrorText();
  const all = useMemo(() => grids(tree), [tree]);
  const [gridId, setGridId] = useState<string | undefined>();
  const grid = all.find((g) => g.id === gridId);
  const [roster, setRoster] = useState<GridRoster | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [appointing, setAppointing] = useState(false);
  const [ending, setEnding] = useState<GridTerm | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (!gridId && all.length > 0) setGridId(all[0].id);
  }, [all, gridId]);
  useEffect(() => {
    if (!gridId) return;
    let live = true;
    api
      .get('/organizations/{id}/grid-roles', { path: { id: gridId } })
      .then((r) => live && (setRoster(r), setError(null)))
      .catch((e) => live && (setRoster(null), setError(e)));
    return () => {
      live = false;
    };
  }, [gridId, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  const workers = useGridWorkers(grid?.parentId, tick);
  const accountName = (id: string) => {
    const a = workers.find((w) => w.id === id);
    return a ? `${a.displayName}（${a.username}）` : t('grid.accountLinked');
  };
  const today = chinaToday();
  const may = (action: GridRoster['actions'][number]) => roster?.actions.includes(action) ?? false;
  const holders = (code: string) =>
    roster?.terms.filter((term) => term.role === code && term.running).map((term) => term.holder.name ?? '—') ?? [];

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Space>
          <span>{t('grid.grid')}</span>
          <OrgPicker tree={tree} kinds={['grid']} value={gridId} onChange={setGridId} id="roles-grid" />
        </Space>
        {may('assign') && (
          <Button type="primary" onClick={() => setAppointing(true)} data-testid="role-appoint">
            {t('grid.appoint')}
          </Button>
        )}
      </Space>
      {!gridId && <Empty description={t('grid.noGridsHere')} />}
      {error !== null && <Alert type="error" showIcon message={errorText(error)} />}
      {roster && (
        <>
          <Card size="small" title={t('grid.today', { day: today })}>
            <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} data-testid="roles-today">
              {roster.roles.map((r) => {
                const names = holders(r.code);
                return (
                  <Descriptions.Item key={r.code} label={r.name}>
                    {names.length ? names.join('、') : <Tag>{t('grid.vacant')}</Tag>}
                  </Descriptions.Item>
                );
              })}
            </Descriptions>
          </Card>
          <Table<GridTerm>
            size="middle"
            rowKey="assignmentId"
            pagination={false}
            dataSource={[...roster.terms].sort((a, b) => Number(b.running) - Number(a.running))}
            locale={{ emptyText: <Empty description={may('assign') ? t('grid.noTermsAdmin') : t('grid.noTerms')} /> }}
            data-testid="terms-table"
            columns={[
              { title: t('grid.role'), dataIndex: 'roleName' },
              {
                title: t('grid.holder'),
                render: (_, term) => (
                  <Space size={4}>
                    <span>{term.holder.name ?? '—'}</span>
                    <Tag>{label('holder', term.holder.kind)}</Tag>
                  </Space>
                ),
              },
              {
                title: t('grid.account'),
                render: (_, term) => (term.accountId ? <span data-latin>{accountName(term.accountId)}</span> : '—'),
              },
              { title: t('grid.startsOn'), render: (_, term) => term.startsOn.slice(0, 10) },
              {
                title: t('grid.endsOn'),
                render: (_, term) => <span data-testid="term-ends">{term.endsOn?.slice(0, 10) ?? t('grid.open')}</span>,
              },
              {
                title: t('common.status'),
                render: (_, term) =>
                  term.running ? (
                    <Tag color="green">{t('grid.running')}</Tag>
                  ) : term.startsOn > today ? (
                    <Tag color="blue">{t('grid.upcoming')}</Tag>
                  ) : (
                    <Tag>{t('grid.ended')}</Tag>
                  ),
              },
              {
                title: t('common.actions'),
                render: (_, term) =>
                  may('end') &&
                  (term.endsOn === null || term.endsOn > today) && (
                    <Button size="small" type="link" onClick={() => setEnding(term)} data-testid="term-end">
                      {t('grid.endTerm')}
                    </Button>
                  ),
              },
            ]}
          />
        </>
      )}
      {grid && (
        <AppointForm
          open={appointing}
          grid={grid}
          roles={roster?.roles ?? []}
          onClose={() => setAppointing(false)}
          onSaved={() => {
            setAppointing(false);
            reload();
          }}
        />
      )}
      {gridId && (
        <EndTerm
          gridId={gridId}
          term={ending}
          onClose={() => setEnding(null)}
          onSaved={() => {
            setEnding(null);
            reload();
          }}
        />
      )}
      <RoleList orgId={gridId ?? tree?.id ?? null} />
    </Space>
  );
}

/** Ends a term early, on a day (today by default; not before it began). */
function EndTerm({
  gridId,
  term,
  onClose,
  onSaved,
}: {
  gridId: string;
  term: GridTerm | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const fail = useFailure();
  const [form] = Form.useForm<{ endsOn: dayjs.Dayjs }>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (term) form.setFieldsValue({ endsOn: dayjs(chinaToday()) });
  }, [term, form]);
  const save = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values || !term) return;
    setBusy(true);
    try {
      await api.post('/organizations/{id}/grid-roles/{assignmentId}/end', {
        path: { id: gridId, assignmentId: term.assignmentId },
        body: { endsOn: values.endsOn.format('YYYY-MM-DD') },
      });
      message.success(t('grid.termEnded'));
      onSaved();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={term !== null}
      title={t('grid.endTermOf', { role: term?.roleName ?? '', name: term?.holder.name ?? '—' })}
      onCancel={onClose}
      onOk={save}
      confirmLoading={busy}
      okText={t('grid.endTerm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'term-end-save' } as Record<string, string>}
    >
      <Form form={form} layout="vertical">
        <Form.Item name="endsOn" label={t('grid.endsOn')} rules={[{ required: true, message: t('common.required') }]}>
          <DatePicker id="term-end-date" allowClear={false} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
