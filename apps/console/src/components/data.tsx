import { App, type FormInstance, Tag } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  type Account,
  api,
  ApiError,
  type ItemOf,
  type ListInput,
  type ListRoute,
  type OrgNode,
  type Page,
  readPage,
} from '../api';
import { describeApiError } from '../apiMessages';
import { useI18n } from '../i18n';
import type { MessageKey } from '../messages';

export type { OrgNode } from '../api';

/**
 * The items of a short list read whole (`read`, run again when `key` changes and by `load()`):
 * null while the first read is on its way, empty when it failed.
 */
export function useItems<T>(read: () => Promise<{ items: T[] }>, key: string) {
  const [items, setItems] = useState<T[] | null>(null);
  const readRef = useRef(read);
  readRef.current = read;
  const load = useCallback(
    () =>
      readRef
        .current()
        .then((r) => setItems(r.items))
        .catch(() => setItems([])),
    [key],
  );
  useEffect(() => {
    load();
  }, [load]);
  return { items, setItems, load };
}

/**
 * A list route read page by page with its `nextCursor` (`input`: its path parameters and filters,
 * as the document names them); `notFound` when the route does not exist (yet); no route: nothing read.
 */
export function usePaged<R extends ListRoute>(route: R | null, input: ListInput<R>, limit = 20) {
  type T = ItemOf<R>;
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  // the total is unknown (null) until the server has counted this filter: never "共 0 条" while loading
  const [page, setPage] = useState<Omit<Page<T>, 'total'> & { total: number | null }>({
    items: [],
    nextCursor: null,
    total: null,
  });
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [tick, setTick] = useState(0);
  const key = JSON.stringify(input);
  useEffect(() => {
    setCursors([null]);
    setPage((p) => ({ ...p, total: null }));
  }, [key, route]);
  const cursor = cursors[cursors.length - 1];
  useEffect(() => {
    if (!route) return;
    let live = true;
    setLoading(true);
    // read through the untyped route: the union of every list's input is too large for the checker
    // here, and `usePaged`'s own signature already ties the input and the items to the route
    (
      readPage as unknown as (
        route: string,
        input: unknown,
        page: { limit: number; cursor?: string },
      ) => Promise<Page<T>>
    )(route, JSON.parse(key) as ListInput<R>, { limit, cursor: cursor ?? undefined })
      .then((p) => live && (setPage(p), setError(null)))
      .catch((e: ApiError) => live && (setError(e), setPage({ items: [], nextCursor: null, total: null })))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [route, key, cursor, limit, tick]);
  return {
    ...page,
    loading,
    error,
    notFound: error?.status === 404,
    pageNumber: cursors.length,
    /** pages in all, from the server's total (null when the route does not count) */
    pageCount: typeof page.total === 'number' ? Math.max(1, Math.ceil(page.total / limit)) : null,
    next: () => page.nextCursor && setCursors((c) => [...c, page.nextCursor]),
    prev: () => setCursors((c) => (c.length > 1 ? c.slice(0, -1) : c)),
    hasPrev: cursors.length > 1,
    reload: () => setTick((n) => n + 1),
  };
}
export type Paged<T> = Omit<ReturnType<typeof usePaged>, 'items'> & { items: T[] };

/** Shows the API's field errors next to the fields of an antd form; returns whether any matched. */
export function showFieldErrors(
  form: FormInstance,
  error: unknown,
  known: string[],
  translate: (message: string) => string = (m) => m,
): boolean {
  if (!(error instanceof ApiError)) return false;
  const fields = error.fields
    .map((f) => ({ name: f.field.split('.'), errors: f.messages.map(translate), path: f.field }))
    .map((f) => {
      // nested fields the form keeps flat (window.from → window, quantity.amount → quantity.amount)
      const hit = known.find((k) => k === f.path) ?? known.find((k) => f.path.startsWith(`${k}.`));
      return hit ? { name: hit.split('.'), errors: f.errors } : null;
    })
    .filter((f): f is { name: string[]; errors: string[] } => f !== null);
  form.setFields(fields);
  return fields.length > 0;
}

const FAILURE_PREFIX: Record<number, MessageKey> = {
  400: 'failure.400',
  403: 'common.forbidden',
  404: 'failure.404',
  409: 'common.conflict',
  422: 'failure.422',
  429: 'failure.429',
};

/**
 * The words of a failed call in the person's language: the API's reason as a Chinese sentence (by
 * its message, else its error code), else the words of its status — never the API's English in
 * Chinese (issue 17).
 */
export function useErrorText() {
  const { t, locale } = useI18n();
  return useCallback(
    (error: unknown): string => {
      if (!(error instanceof ApiError)) return t('failure.500');
      const key = FAILURE_PREFIX[error.status] ?? (error.status >= 500 ? 'failure.500' : 'failure.400');
      return describeApiError(error, locale, t(key));
    },
    [t, locale],
  );
}

/** A validation message of a field, in the person's language (its status's words when the API's are English only). */
export function useFieldText() {
  const { t, locale } = useI18n();
  return useCallback(
    (message: string) => describeApiError({ message, code: 'bad_request' }, locale, t('failure.400')),
    [t, locale],
  );
}

/** The message a person sees for a failed call: its reason in their language. */
export function useFailure() {
  const { message } = App.useApp();
  const text = useErrorText();
  return useCallback((error: unknown) => message.error(text(error)), [message, text]);
}

/**
 * For a form's failed save: the API's field messages next to their fields (the typed input stays),
 * else the reason as a message; returns the reason (for the dialog to show it too), or null when
 * the fields say it.
 */
export function useFormFailure() {
  const fail = useFailure();
  const { message } = App.useApp();
  const { t } = useI18n();
  const fieldText = useFieldText();
  const text = useErrorText();
  return useCallback(
    (form: FormInstance, error: unknown, fields: string[]): string | null => {
      if (showFieldErrors(form, error, fields, fieldText)) {
        message.error(t('common.fixFields'));
        return null;
      }
      fail(error);
      return text(error);
    },
    [fail, message, t, fieldText, text],
  );
}

const nameCache = new Map<string, Promise<string>>();

/**
 * The display name of an organisation or unit id (cached for the tab's life). A grid or a
 * building is named with what it lies in — every community has its 第一网格 — as 城北社区 · 第一网格
 * (unless its own name already starts with it).
 */
export function orgName(id: string): Promise<string> {
  if (!nameCache.has(id)) {
    nameCache.set(
      id,
      api
        .get('/organizations/{id}', { path: { id } })
        .then(async (o) => {
          if ((o.kind !== 'grid' && o.kind !== 'building') || !o.parentId) return o.name;
          return placeName(await orgName(o.parentId), o.name);
        })
        .catch(() => api.get('/units/{id}', { path: { id } }).then((u) => u.name))
        // a party branch or party group (issue 18): a member's branch
        .catch(() => api.get('/party-organizations/{id}', { path: { id } }).then((p) => p.name))
        .catch(() => id.slice(0, 8)),
    );
  }
  return nameCache.get(id)!;
}

/** A grid's or building's name after what it lies in (城北社区 · 第一网格), unless it already starts with it. */
export function placeName(above: string, name: string): string {
  const last = above.split(' · ').at(-1)!;
  return name.startsWith(last) ? `${above.slice(0, -last.length)}${name}` : `${above} · ${name}`;
}

export function OrgName({ id }: { id: string | null | undefined }) {
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    if (id) orgName(id).then((n) => live && setName(n));
    return () => {
      live = false;
    };
  }, [id]);
  if (!id) return <>—</>;
  return <span title={id}>{name ?? '…'}</span>;
}

const memberCache = new Map<string, Promise<string>>();

/** The name of a party member (cached for the tab's life; the id's start when it cannot be read). */
export function MemberName({ id }: { id: string | null | undefined }) {
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    if (id) {
      if (!memberCache.has(id))
        memberCache.set(
          id,
          api
            .get('/members/{id}', { path: { id } })
            .then((m) => m.name)
            .catch(() => id.slice(0, 8)),
        );
      memberCache.get(id)!.then((n) => live && setName(n));
    }
    return () => {
      live = false;
    };
  }, [id]);
  if (!id) return <>—</>;
  return <span title={id}>{name ?? '…'}</span>;
}

const residentCache = new Map<string, Promise<string>>();

/** The name of a resident volunteer (a dash once their consent is withdrawn; cached for the tab's life). */
export function ResidentName({ id }: { id: string }) {
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    if (!residentCache.has(id))
      residentCache.set(
        id,
        api
          .get('/residents/{id}', { path: { id } })
          .then((r) => r.name ?? '—')
          .catch(() => id.slice(0, 8)),
      );
    residentCache.get(id)!.then((n) => live && setName(n));
    return () => {
      live = false;
    };
  }, [id]);
  return <span title={id}>{name ?? '…'}</span>;
}

const STATUS_COLOURS: Record<string, string> = {
  open: 'blue',
  pending: 'gold',
  proposed: 'gold',
  partially_matched: 'cyan',
  partially_reserved: 'cyan',
  matched: 'green',
  reserved: 'green',
  accepted: 'green',
  in_progress: 'processing',
  planned: 'blue',
  completed: 'success',
  fulfilled: 'success',
  running: 'processing',
  full: 'orange',
  claimed: 'cyan',
  done: 'gold',
  active: 'green',
};

/** A status code as a coloured tag, in words (`text` when the code means something else here, e.g. a wish). */
export function StatusTag({ status, text }: { status: string; text?: string }) {
  const { label } = useI18n();
  return (
    <Tag color={STATUS_COLOURS[status] ?? 'default'} data-status={status}>
      {text ?? label('status', status)}
    </Tag>
  );
}

export function useQuantity() {
  const { label } = useI18n();
  return (q: { amount: number; unit: string } | null | undefined) => (q ? `${q.amount} ${label('unit', q.unit)}` : '—');
}

/** The organisation the account acts in, as a root for trees: a unit's district, an admin's own org. */
export async function scopeRoot(account: Account): Promise<string | null> {
  if (!account.orgId) return null;
  if (account.role === 'unit_contact') {
    const unit = await api.get('/units/{id}', { path: { id: account.orgId } });
    const org = await api.get('/organizations/{id}', { path: { id: unit.parentId } });
    return org.lineage?.[0] ?? unit.parentId;
  }
  return account.orgId;
}

/**
 * The list filter of "my area" for needs, proposals, projects and activities: a community, or a
 * street's/district's subtree (`orgId`, filtered by the API). Empty for the whole region, a unit
 * contact or a member.
 */
export function areaScope(account: Account): { communityId?: string; orgId?: string } {
  if (!account.orgId || account.role === 'unit_contact' || account.role === 'member') return {};
  return account.role === 'community_admin' ? { communityId: account.orgId } : { orgId: account.orgId };
}

/** Proposals and projects of "mine": a unit contact's unit, else my area. */
export function mineScope(account: Account): { communityId?: string; orgId?: string; unitId?: string } {
  if (account.role === 'unit_contact' && account.orgId) return { unitId: account.orgId };
  return areaScope(account);
}

/**
 * For an account of the whole region (the bootstrap admin): every district under one virtual root
 * (its id is empty), whose counts are its districts' together.
 */
export async function regionTree(): Promise<OrgNode | null> {
  const districts = await api.get('/organizations', { query: { kind: 'district', limit: 200 } });
  if (districts.items.length === 0) return null;
  const trees = await Promise.all(
    districts.items.map((d) => api.get('/organizations/{id}/tree', { path: { id: d.id } })),
  );
  if (trees.length === 1) return trees[0];
  const sum = (key: keyof NonNullable<OrgNode['counts']>) =>
    trees.reduce((n, t) => n + (t.counts?.[key] ?? 0), trees.length * Number(key === 'organizations'));
  const counts = {
    organizations: sum('organizations'),
    units: sum('units'),
    members: sum('members'),
    openNeeds: sum('openNeeds'),
  };
  // a root of no kind of its own: a district's kind, so that the tree is typed alike
  return { ...trees[0], id: '', name: '—', kind: 'district', parentId: null, children: trees, units: [], counts };
}

/** The subtree the account may see, flattened (for selects of communities, streets…). */
export function useScopeTree(account: Account) {
  const [tree, setTree] = useState<OrgNode | null>(null);
  const loaded = useRef(false);
  useEffect(() => {
    if (loaded.current) return;
    loaded.current = true;
    scopeRoot(account)
      .then((root) => (root ? api.get('/organizations/{id}/tree', { path: { id: root } }) : regionTree()))
      .then(setTree)
      .catch(() => setTree(null));
  }, [account]);
  const flat: OrgNode[] = [];
  const walk = (n: OrgNode) => {
    flat.push(n);
    n.children.forEach(walk);
  };
  if (tree) walk(tree);
  return { tree, flat };
}

const titleCache = new Map<string, Promise<string>>();

/** The title of a need, offer or project by its id, cached for the tab's life. */
export function EntityTitle({ route, id }: { route: '/needs/{id}' | '/offers/{id}' | '/projects/{id}'; id: string }) {
  const [title, setTitle] = useState<string | null>(null);
  const key = `${route} ${id}`;
  useEffect(() => {
    let live = true;
    if (!titleCache.has(key)) {
      titleCache.set(
        key,
        api
          .get(route, { path: { id } })
          .then((x) => x.title)
          .catch(() => id.slice(0, 8)),
      );
    }
    titleCache.get(key)!.then((x) => live && setTitle(x));
    return () => {
      live = false;
    };
  }, [key, route, id]);
  return <span>{title ?? '…'}</span>;
}
