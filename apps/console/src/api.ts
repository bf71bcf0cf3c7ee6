/** The console's HTTP client for /api/v1: bearer token from the session, errors with field details. */

const TOKEN_KEY = 'gongjian.token';
const ACCOUNT_KEY = 'gongjian.account';

export interface Account {
  id: string;
  username?: string;
  displayName: string;
  role: Role;
  orgId: string | null;
}
export type Role = 'district_admin' | 'street_admin' | 'community_admin' | 'unit_contact' | 'member' | 'auditor';

export interface FieldError {
  field: string;
  messages: string[];
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string,
    readonly details: unknown,
  ) {
    super(message);
  }

  /** Field errors: the 400 validation list, or the `{field}` of a 422 domain rule. */
  get fields(): FieldError[] {
    const d = this.details as unknown;
    if (Array.isArray(d)) return d.filter((x): x is FieldError => typeof x?.field === 'string');
    if (d && typeof d === 'object' && typeof (d as { field?: unknown }).field === 'string')
      return [{ field: (d as { field: string }).field, messages: [this.message] }];
    return [];
  }
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export const session = {
  token: () => sessionStorage.getItem(TOKEN_KEY),
  account: (): Account | null => {
    const raw = sessionStorage.getItem(ACCOUNT_KEY);
    return raw ? (JSON.parse(raw) as Account) : null;
  },
  save(token: string, account: Account) {
    sessionStorage.setItem(TOKEN_KEY, token);
    sessionStorage.setItem(ACCOUNT_KEY, JSON.stringify(account));
  },
  clear() {
    sessionStorage.removeItem(TOKEN_KEY);
    sessionStorage.removeItem(ACCOUNT_KEY);
  },
};

/** Called on any 401: the session is dropped and the app shows the login page. */
let onUnauthorized: () => void = () => undefined;
export function setUnauthorizedHandler(handler: () => void) {
  onUnauthorized = handler;
}

type Query = Record<string, string | number | undefined | null>;

function url(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {}))
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const qs = params.toString();
  return `/api/v1${path}${qs ? `?${qs}` : ''}`;
}

async function request<T>(method: string, path: string, body?: unknown, query?: Query): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const token = session.token();
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(url(path, query), {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  const json = text ? safeJson(text) : null;
  if (!res.ok) {
    const b = (json ?? {}) as { message?: string; error?: string; details?: unknown };
    const error = new ApiError(res.status, b.message ?? res.statusText, b.error ?? String(res.status), b.details);
    if (res.status === 401 && path !== '/auth/login') {
      session.clear();
      onUnauthorized();
    }
    throw error;
  }
  return json as T;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return { message: text };
  }
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', path, undefined, query),
  post: <T>(path: string, body: unknown = {}) => request<T>('POST', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
  /** Downloads a protected file (the bearer token cannot ride on a plain link). */
  async download(path: string, query: Query, filename: string) {
    const res = await fetch(url(path, query), { headers: { authorization: `Bearer ${session.token() ?? ''}` } });
    if (!res.ok) throw new ApiError(res.status, res.statusText, String(res.status), null);
    const href = URL.createObjectURL(await res.blob());
    const a = document.createElement('a');
    a.href = href;
    a.download = filename;
    a.click();
    setTimeout(() => URL.revokeObjectURL(href), 10_000);
  },
};

/** Reads every page of a list route (bounded), for the dashboard's aggregates; `onPage` after each page (progress). */
export async function readAll<T>(path: string, query: Query = {}, max = 2000, onPage?: () => void): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<T> = await api.get<Page<T>>(path, { ...query, limit: 200, cursor });
    items.push(...page.items);
    cursor = page.nextCursor;
    onPage?.();
  } while (cursor && items.length < max);
  return items;
}
