import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { api, type Output } from '../api';

/** A grid the grid worker works today, with its terms there (`GET /accounts/me/grids`). */
export type MyGrid = Output<'get', '/accounts/me/grids'>['items'][number];

interface MyGridsState {
  grids: MyGrid[] | null;
  error: unknown;
  reload: () => void;
}

const MyGridsContext = createContext<MyGridsState | null>(null);

/** The grid worker's grids, read once for all its pages. */
export function MyGridsProvider({ children }: { children: ReactNode }) {
  const [grids, setGrids] = useState<MyGrid[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    api.get('/accounts/me/grids').then(
      (answer) => live && (setGrids(answer.items), setError(null)),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return <MyGridsContext.Provider value={{ grids, error, reload }}>{children}</MyGridsContext.Provider>;
}

export function useMyGrids(): MyGridsState {
  const value = useContext(MyGridsContext);
  if (!value) throw new Error('useMyGrids outside MyGridsProvider');
  return value;
}

/** The communities of the grids, once each, in the grids' order. */
export function communitiesOf(grids: MyGrid[]): string[] {
  return [...new Set(grids.map((g) => g.communityId))];
}

/** Today in China's calendar (`2027-03-14`), the calendar of the grid tier's days. */
export function chinaDay(at = Date.now()): string {
  return new Date(at + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** This month in China's calendar (`2027-03`), the month a 联建单元's 轮值户 serves. */
export function chinaMonth(at = Date.now()): string {
  return chinaDay(at).slice(0, 7);
}

/** A figure the server counted: the `total` of a list's first page of one item. */
export function useTotal(read: (() => Promise<{ total: number }>) | null, key: string): number | null {
  const [total, setTotal] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    setTotal(null);
    read?.().then(
      (page) => live && setTotal(page.total),
      () => undefined,
    );
    return () => {
      live = false;
    };
    // `key` names what `read` reads: a new function each render must not read again
  }, [key]);
  return total;
}
