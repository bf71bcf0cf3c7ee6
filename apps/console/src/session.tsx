import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { type Account, api, session, setUnauthorizedHandler } from './api';

interface Session {
  account: Account | null;
  /** true after a 401 threw the person back to the login page */
  expired: boolean;
  /** signed in with a temporary password (an administrator's reset): a new one must be chosen first */
  mustChange: { username: string } | null;
  login: (username: string, password: string) => Promise<void>;
  /** chooses the new password after a reset (the temporary one is the current), then signs in with it */
  changePassword: (next: string) => Promise<void>;
  logout: () => void;
}

const SessionContext = createContext<Session | null>(null);

/** The logged-in account; the token lives in sessionStorage (gone with the tab). */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [account, setAccount] = useState<Account | null>(session.account);
  const [expired, setExpired] = useState(false);
  const [mustChange, setMustChange] = useState<{ username: string; current: string } | null>(null);
  useEffect(() => {
    setUnauthorizedHandler(() => {
      setAccount(null);
      setExpired(true);
    });
  }, []);
  const login = useCallback(async (username: string, password: string) => {
    const res = await api.post('/auth/login', { body: { username, password } });
    setExpired(false);
    if (res.mustChangePassword) {
      // the token is good only for POST /auth/password: the account is not signed in yet (nor
      // after a reload of the page, which asks for the temporary password again)
      session.save(res.accessToken, null);
      setMustChange({ username, current: password });
      return;
    }
    session.save(res.accessToken, res.account);
    setMustChange(null);
    setAccount(res.account);
  }, []);
  const changePassword = useCallback(
    async (next: string) => {
      if (!mustChange) return;
      await api.post('/auth/password', { body: { current: mustChange.current, next } });
      // every token issued before the change is refused now: sign in again with the new password
      await login(mustChange.username, next);
    },
    [mustChange, login],
  );
  const logout = useCallback(() => {
    session.clear();
    setMustChange(null);
    setAccount(null);
  }, []);
  const value = useMemo(
    () => ({
      account,
      expired,
      mustChange: mustChange && { username: mustChange.username },
      login,
      changePassword,
      logout,
    }),
    [account, expired, mustChange, login, changePassword, logout],
  );
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
