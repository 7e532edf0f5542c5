import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useMe } from '../auth/AuthContext';

/** A unit chosen as the data scope of list pages. */
export interface ScopeUnit {
  code: string;
  name: string;
  level: number;
}

interface ScopeValue {
  /** The chosen unit (the user's own unit by default). */
  unit: ScopeUnit;
  /** The user's own unit: the root of everything they may see. */
  root: ScopeUnit;
  setUnit: (unit: ScopeUnit) => void;
}

const ScopeContext = createContext<ScopeValue | null>(null);
const storageKey = (userId: number) => `jy.scope.${userId}`;

function restore(userId: number, rootCode: string): ScopeUnit | null {
  try {
    const raw = sessionStorage.getItem(storageKey(userId));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<ScopeUnit>;
    if (typeof parsed.code === 'string' && typeof parsed.name === 'string' && typeof parsed.level === 'number' && parsed.code.startsWith(rootCode)) {
      return { code: parsed.code, name: parsed.name, level: parsed.level };
    }
  } catch {
    // ignore broken storage
  }
  return null;
}

/** Holds the org unit chosen in the header picker; list pages filter by it. */
export function ScopeProvider({ children }: { children: ReactNode }) {
  const me = useMe();
  const root = useMemo<ScopeUnit>(() => ({ code: me.orgUnit.code, name: me.orgUnit.name, level: me.orgUnit.level }), [me.orgUnit]);
  const [chosen, setChosen] = useState<ScopeUnit | null>(() => restore(me.user.id, me.orgUnit.code));
  const unit = chosen && chosen.code.startsWith(root.code) ? chosen : root;

  const setUnit = useCallback(
    (next: ScopeUnit) => {
      // Never allow a unit outside the user's own subtree.
      const safe = next.code.startsWith(root.code) ? next : root;
      setChosen(safe);
      try {
        sessionStorage.setItem(storageKey(me.user.id), JSON.stringify(safe));
      } catch {
        // ignore
      }
    },
    [me.user.id, root],
  );

  const value = useMemo(() => ({ unit, root, setUnit }), [unit, root, setUnit]);
  return <ScopeContext.Provider value={value}>{children}</ScopeContext.Provider>;
}

export function useScopeUnit(): ScopeValue {
  const value = useContext(ScopeContext);
  if (!value) throw new Error('useScopeUnit outside ScopeProvider');
  return value;
}
