import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { setCsrfToken, setPasswordChangeHandler, setUnauthorizedHandler } from '../api/client';
import { authApi } from '../api/endpoints';
import type { Me } from '../api/types';

interface AuthValue {
  me: Me | null;
  /** True until the first /me probe finishes. */
  loading: boolean;
  /** The session ended under us (a request got 401): the login page says so. */
  expired: boolean;
  login: (username: string, password: string) => Promise<Me>;
  logout: () => Promise<void>;
  refresh: () => Promise<Me | null>;
  can: (permission: string) => boolean;
  hasRole: (role: string) => boolean;
}

const AuthContext = createContext<AuthValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [me, setMeState] = useState<Me | null>(null);
  const [loading, setLoading] = useState(true);
  const [expired, setExpired] = useState(false);
  const navigate = useNavigate();

  const setMe = useCallback((next: Me | null) => {
    setCsrfToken(next?.csrfToken ?? '');
    setMeState(next);
  }, []);

  const refresh = useCallback(async () => {
    try {
      const next = await authApi.me();
      setMe(next);
      return next;
    } catch {
      setMe(null);
      return null;
    }
  }, [setMe]);

  useEffect(() => {
    void refresh().finally(() => setLoading(false));
  }, [refresh]);

  // A 401 on any request means the session is gone; RequireAuth then sends us to the login page.
  useEffect(() => {
    setUnauthorizedHandler(() => {
      setExpired(true);
      setMe(null);
    });
    // The server wants the temporary password changed first: reload /me so the forced dialog shows.
    setPasswordChangeHandler(() => void refresh());
    return () => {
      setUnauthorizedHandler(null);
      setPasswordChangeHandler(null);
    };
  }, [setMe, refresh]);

  const login = useCallback(
    async (username: string, password: string) => {
      const first = await authApi.login(username, password);
      setExpired(false);
      setMe(first);
      // The session's CSRF token is authoritative from /me.
      const fresh = await refresh();
      return fresh ?? first;
    },
    [refresh, setMe],
  );

  const logout = useCallback(async () => {
    try {
      await authApi.logout();
    } finally {
      setExpired(false);
      setMe(null);
      navigate('/login', { replace: true });
    }
  }, [navigate, setMe]);

  const value = useMemo<AuthValue>(() => {
    const perms = new Set(me?.permissions ?? []);
    const roles = new Set(me?.roles ?? []);
    return {
      me,
      loading,
      expired,
      login,
      logout,
      refresh,
      can: (p) => perms.has(p),
      hasRole: (r) => roles.has(r),
    };
  }, [me, loading, expired, login, logout, refresh]);

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}

/** The logged-in user (only inside the authenticated layout). */
export function useMe(): Me {
  const { me } = useAuth();
  if (!me) throw new Error('useMe without a session');
  return me;
}
