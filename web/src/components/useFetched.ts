import { useCallback, useEffect, useState } from 'react';
import { showError } from './feedback';

/**
 * Data a page loads once and again on demand (after a change): what it has, whether it is loading,
 * and `reload`. A failed load shows the server's message and keeps what was there.
 */
export function useFetched<T>(fetch: () => Promise<T>, initial: T): { data: T; loading: boolean; reload: () => Promise<void> } {
  const [data, setData] = useState<T>(initial);
  const [loading, setLoading] = useState(false);
  const reload = useCallback(async () => {
    setLoading(true);
    try {
      setData(await fetch());
    } catch (e) {
      showError(e);
    } finally {
      setLoading(false);
    }
  }, [fetch]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { data, loading, reload };
}
