import { TreeSelect } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { type Account, api, type OrgNode } from '../api';
import { useI18n } from '../i18n';
import { placeName, regionTree } from './data';

type Kind = OrgNode['kind'] | 'unit';

interface Option {
  value: string;
  title: string;
  /** what the field shows once chosen: a grid or building with what it lies in (城南社区 · 第二网格) */
  label: string;
  selectable: boolean;
  disabled?: boolean;
  children: Option[];
}

/**
 * Picks an organisation (or a unit) of `kinds` in `tree`, searchable by name; the levels above
 * are shown to find it by, not chosen. Dissolved organisations and the ids of `exclude` (a node's
 * own subtree when moving it) are left out.
 */
export function OrgPicker({
  tree,
  kinds,
  value,
  onChange,
  id,
  exclude = [],
  placeholder,
  allowClear = false,
  style,
}: {
  tree: OrgNode | null;
  kinds: Kind[];
  value?: string;
  onChange?: (value: string | undefined) => void;
  id?: string;
  exclude?: string[];
  placeholder?: string;
  allowClear?: boolean;
  style?: React.CSSProperties;
}) {
  const { t, label } = useI18n();
  const key = `${kinds.join()}|${exclude.join()}`;
  const treeData = useMemo(() => {
    const units = kinds.includes('unit');
    const toOption = (n: OrgNode, above: string | null): Option | null => {
      if (n.status !== 'active' || exclude.includes(n.id)) return null;
      const title = n.id ? `${n.name}（${label('org.kind', n.kind)}）` : t('org.kind.region');
      // every community has its 第一网格: below a community, the chosen node is named with it
      const named = above && (n.kind === 'grid' || n.kind === 'building') ? placeName(above, n.name) : n.name;
      const within = n.kind === 'community' || n.kind === 'grid' || n.kind === 'building' ? named : null;
      const children = [
        ...n.children.map((c) => toOption(c, within)).filter((o): o is Option => o !== null),
        ...(units
          ? n.units
              .filter((u) => !exclude.includes(u.id))
              .map((u) => ({
                value: u.id,
                title: `${u.name}（${label('org.kind', 'unit')}）`,
                label: `${u.name}（${label('org.kind', 'unit')}）`,
                selectable: true,
                children: [],
              }))
          : []),
      ];
      // the region's virtual root (no id) groups the districts; it is not one to choose
      const selectable = n.id !== '' && kinds.includes(n.kind as Kind);
      // a branch with nothing to choose in it is left out
      if (!selectable && children.length === 0) return null;
      return {
        value: n.id || 'region',
        title,
        label: n.id ? `${named}（${label('org.kind', n.kind)}）` : title,
        selectable,
        children,
      };
    };
    const root = tree && toOption(tree, null);
    return root ? [root] : [];
    // `key` stands for kinds and exclude (fresh arrays at each render)
  }, [tree, key, label, t]);
  return (
    <TreeSelect
      id={id}
      showSearch
      allowClear={allowClear}
      treeNodeFilterProp="title"
      treeNodeLabelProp="label"
      treeDefaultExpandAll={false}
      treeDefaultExpandedKeys={treeData.map((o) => o.value)}
      placeholder={placeholder ?? t('org.pickOrg')}
      style={{ minWidth: 260, ...style }}
      popupMatchSelectWidth={false}
      treeData={treeData}
      value={value}
      onChange={(v) => onChange?.(v as string | undefined)}
    />
  );
}

/**
 * The tree of the whole district the account works in (a transfer's destination may lie in
 * another street): its district's tree, or every district for the bootstrap administrator.
 */
export function useDistrictTree(account: Account) {
  const [tree, setTree] = useState<OrgNode | null>(null);
  useEffect(() => {
    let live = true;
    const load = async () => {
      if (account.orgId && account.role !== 'unit_contact' && account.role !== 'member') {
        const org = await api.get('/organizations/{id}', { path: { id: account.orgId } });
        return api.get('/organizations/{id}/tree', { path: { id: org.lineage?.[0] ?? account.orgId } });
      }
      return regionTree();
    };
    load()
      .then((t) => live && setTree(t))
      .catch(() => live && setTree(null));
    return () => {
      live = false;
    };
  }, [account]);
  return tree;
}

/** The ids of a node's subtree, itself included (a node cannot move under one of them). */
export function subtreeIds(node: OrgNode): string[] {
  return [node.id, ...node.children.flatMap(subtreeIds)];
}
