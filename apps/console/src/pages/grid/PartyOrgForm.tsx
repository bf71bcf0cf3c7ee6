import { App, Form, Input, Modal, Select, Tag } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { api, type OrgNode, type PartyOrganization } from '../../api';
import { placeName, useFormFailure } from '../../components/data';
import { OrgPicker } from '../../components/OrgPicker';
import { useI18n } from '../../i18n';
import { useAccount } from '../../session';

/** What the dialog does: form a branch, form a party group under a branch, rename, change coverage. */
export type FormTarget =
  | { mode: 'branch' }
  | { mode: 'group'; branch: PartyOrganization }
  | { mode: 'rename'; org: PartyOrganization }
  | { mode: 'coverage'; org: PartyOrganization };

interface Values {
  name: string;
  parentId: string;
  covers: string[];
  code?: string;
}

function flatten(tree: OrgNode | null): OrgNode[] {
  const out: OrgNode[] = [];
  const walk = (n: OrgNode) => {
    out.push(n);
    n.children.forEach(walk);
  };
  if (tree) walk(tree);
  return out;
}

/**
 * Forms a 网格党支部 over grids of one community (one grid: 单独建, several: 联合建) or a 党小组
 * over buildings of its branch's grids; renames one; changes what one covers. Areas another active
 * party organisation covers are marked with its name (the server refuses them: `already_covered`).
 */
export function PartyOrgForm({
  target,
  tree,
  onClose,
  onSaved,
}: {
  target: FormTarget | null;
  tree: OrgNode | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const account = useAccount();
  const formFailure = useFormFailure();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const flat = useMemo(() => flatten(tree), [tree]);
  const community = Form.useWatch('parentId', form);
  const covers = Form.useWatch('covers', form) ?? [];
  /** the branch whose grids a party group's buildings lie in */
  const [branch, setBranch] = useState<PartyOrganization | null>(null);
  /** who covers each grid or building today (an active party organisation's name) */
  const [takenBy, setTakenBy] = useState<Map<string, string>>(new Map());
  const org = target && (target.mode === 'rename' || target.mode === 'coverage') ? target.org : null;
  const kind =
    target?.mode === 'branch' ? 'branch' : target?.mode === 'group' ? 'party_group' : (org?.kind ?? 'branch');

  useEffect(() => {
    if (!target) return;
    form.resetFields();
    setBranch(null);
    if (target.mode === 'branch') {
      const own = flat.find((n) => n.id === account.orgId && n.kind === 'community');
      if (own) form.setFieldsValue({ parentId: own.id });
    } else if (target.mode === 'group') {
      setBranch(target.branch);
      form.setFieldsValue({ parentId: target.branch.id, covers: [] });
    } else {
      form.setFieldsValue({ name: target.org.name, parentId: target.org.parentId, covers: target.org.covers });
      if (target.org.kind === 'party_group')
        api
          .get('/party-organizations/{id}', { path: { id: target.org.parentId } })
          .then(setBranch)
          .catch(() => setBranch(null));
    }
  }, [target, form, flat, account.orgId]);

  // the active organisations of the same kind that cover areas here
  const scope = kind === 'branch' ? community : branch?.id;
  useEffect(() => {
    if (!target || !scope) return setTakenBy(new Map());
    let live = true;
    api
      .get('/party-organizations', { query: { kind, parentId: scope, status: 'active', limit: 200 } })
      .then((p) => {
        const taken = new Map<string, string>();
        for (const o of p.items) if (o.id !== org?.id) o.covers.forEach((id) => taken.set(id, o.name));
        if (live) setTakenBy(taken);
      })
      .catch(() => live && setTakenBy(new Map()));
    return () => {
      live = false;
    };
  }, [target, scope, kind, org?.id]);

  /** the grids of the chosen community, or the buildings of the branch's grids */
  const choices = useMemo(() => {
    const areas =
      kind === 'branch'
        ? flat.filter((n) => n.kind === 'grid' && n.parentId === community)
        : flat.filter((n) => n.kind === 'building' && branch?.covers.includes(n.parentId ?? ''));
    return areas
      .filter((n) => n.status === 'active')
      .map((n) => {
        const grid = flat.find((g) => g.id === n.parentId);
        const name = kind === 'branch' ? n.name : placeName(grid?.name ?? '', n.name);
        const other = takenBy.get(n.id);
        return {
          value: n.id,
          label: other ? t('grid.coveredBy', { area: name, name: other }) : name,
          disabled: Boolean(other) && !org?.covers.includes(n.id),
        };
      });
  }, [flat, kind, community, branch, takenBy, org, t]);

  const save = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values || !target) return;
    setBusy(true);
    try {
      if (target.mode === 'branch' || target.mode === 'group') {
        const created = await api.post('/party-organizations', {
          body: {
            kind,
            name: values.name,
            // a party group's branch is the row it was formed from (no field of the form)
            parentId: target.mode === 'group' ? target.branch.id : values.parentId,
            covers: values.covers ?? [],
            ...(values.code ? { code: values.code } : {}),
          },
        });
        message.success(t('grid.formed', { name: created.name }));
      } else if (target.mode === 'rename') {
        await api.post('/party-organizations/{id}/rename', {
          path: { id: target.org.id },
          body: { name: values.name },
        });
        message.success(t('grid.saved'));
      } else {
        await api.post('/party-organizations/{id}/coverage', {
          path: { id: target.org.id },
          body: { covers: values.covers ?? [] },
        });
        message.success(t('grid.saved'));
      }
      onSaved();
    } catch (e) {
      formFailure(form, e, ['name', 'parentId', 'covers', 'code']);
    } finally {
      setBusy(false);
    }
  };

  const title = !target
    ? ''
    : target.mode === 'branch'
      ? t('grid.formBranch')
      : target.mode === 'group'
        ? t('grid.formGroupOf', { name: target.branch.name })
        : target.mode === 'rename'
          ? t('grid.renameOf', { name: target.org.name })
          : t('grid.coverageOf', { name: target.org.name });
  const naming = target?.mode === 'branch' || target?.mode === 'group' || target?.mode === 'rename';
  const covering = target?.mode === 'branch' || target?.mode === 'group' || target?.mode === 'coverage';

  return (
    <Modal
      open={target !== null}
      title={title}
      onCancel={onClose}
      onOk={save}
      confirmLoading={busy}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'party-save' } as Record<string, string>}
    >
      <Form form={form} layout="vertical">
        {naming && (
          <Form.Item
            name="name"
            label={t('common.name')}
            extra={kind === 'branch' ? t('grid.branchNameHint') : t('grid.groupNameHint')}
            rules={[{ required: true, whitespace: true, message: t('common.required') }]}
          >
            <Input id="party-name" maxLength={100} />
          </Form.Item>
        )}
        {target?.mode === 'branch' && (
          <Form.Item
            name="parentId"
            label={t('grid.community')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <OrgPicker
              id="party-community"
              tree={tree}
              kinds={['community']}
              onChange={(v) => form.setFieldsValue({ parentId: v, covers: [] })}
            />
          </Form.Item>
        )}
        {covering && (
          <Form.Item
            name="covers"
            label={kind === 'branch' ? t('grid.coversGrids') : t('grid.coversBuildings')}
            extra={
              kind === 'branch'
                ? covers.length > 0 && (
                    <Tag color="red" data-testid="party-formation-preview">
                      {label('party.formation', covers.length > 1 ? 'joint' : 'single')}
                    </Tag>
                  )
                : t('grid.groupCoversHint')
            }
            rules={kind === 'branch' ? [{ required: true, message: t('grid.coversRequired') }] : []}
          >
            <Select
              id="party-covers"
              mode="multiple"
              optionFilterProp="label"
              options={choices}
              notFoundContent={kind === 'branch' ? t('grid.noGrids') : t('grid.noBuildings')}
            />
          </Form.Item>
        )}
        {(target?.mode === 'branch' || target?.mode === 'group') && (
          <Form.Item name="code" label={t('grid.code')}>
            <Input id="party-code" maxLength={50} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
