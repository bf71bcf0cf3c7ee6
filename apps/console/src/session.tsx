import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { type Account, api, session, setUnauthorizedHandler } from './api';

interface Session {
  account: Account | null;
  /** true after a 401 threw the person back to the login page */
  expired: boolean;
  login: (username: string, password: string) => Promise<void>;
  logout: () => void;
}

const SessionContext = createContext<Session | null>(null);

/** The logged-in account; the token lives in sessionStorage (gone with the tab). */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [account, setAccount] = useState<Account | null>(session.account);
  const [expired, setExpired] = useState(false);
  useEffect(() => {
    setUnauthorizedHandler(() => {
      setAccount(null);
      setExpired(true);
    });
  }, []);
  const login = useCallback(async (username: string, password: string) => {
    const res = await api.post('/auth/login', { body: { username, password } });
    session.save(res.accessToken, res.account);
    setExpired(false);
    setAccount(res.account);
  }, []);
  const logout = useCallback(() => {
    session.clear();
    setAccount(null);
  }, []);
  const value = useMemo(() => ({ account, expired, login, logout }), [account, expired, login, logout]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The logged-in account (pages under the layout are only rendered with one). */
export function useAccount(): Account {
  const { account } = useSession();
  if (!account) throw new Error('no account');
  return account;
}

export const isAdmin = (a: Account) => ['district_admin', 'street_admin', 'community_admin'].includes(a.role);
