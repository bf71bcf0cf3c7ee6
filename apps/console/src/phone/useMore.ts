import { useCallback, useEffect, useState } from 'react';
import { type ItemOf, type ListInput, type ListRoute, type Output, type Page, readPage } from '../api';

/**
 * A list route read as a phone reads it: the first page, then "more" appends the next one. `page`
 * is the last answer as the route gives it (its `total` and any figures it adds, such as
 * `verifiedHours`); no route: nothing read.
 */
export function useMore<R extends ListRoute>(route: R | null, input: ListInput<R>, limit = 10) {
  type T = ItemOf<R>;
  const [items, setItems] = useState<T[]>([]);
  const [page, setPage] = useState<Output<'get', R> | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [tick, setTick] = useState(0);
  const key = JSON.stringify(input);
  // the untyped core: the union of every list's input is too large for the checker (see usePaged)
  const read = readPage as unknown as (
    route: string,
    input: unknown,
    page: { limit: number; cursor?: string },
  ) => Promise<Page<T>>;
  useEffect(() => {
    if (!route) return;
    let live = true;
    setLoading(true);
    read(route, JSON.parse(key), { limit })
      .then((p) => live && (setItems(p.items), setPage(p as Output<'get', R>), setError(null)))
      .catch((e: unknown) => live && setError(e))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [route, key, limit, tick]);
  const cursor = (page as Page<T> | null)?.nextCursor ?? null;
  const more = useCallback(async () => {
    if (!route || !cursor) return;
    setLoading(true);
    try {
      const p = await read(route, JSON.parse(key), { limit, cursor });
      setItems((before) => [...before, ...p.items]);
      setPage(p as Output<'get', R>);
    } catch (e) {
      setError(e);
    } finally {
      setLoading(false);
    }
  }, [route, key, limit, cursor]);
  return {
    items,
    page,
    total: (page as Page<T> | null)?.total ?? 0,
    loading,
    error,
    hasMore: cursor !== null,
    more,
    reload: useCallback(() => setTick((n) => n + 1), []),
  };
}
