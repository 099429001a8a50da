import { useCallback, useEffect, useState } from 'react';

export interface Loaded<T> {
  data?: T;
  error?: unknown;
  loading: boolean;
  reload: () => void;
}

/**
 * Loads data for a screen and reloads it on demand (after a change, or to retry after a conflict). What was loaded
 * is kept with the dependencies it was loaded for: other dependencies (another case, other filters) show nothing
 * until their own data arrives, so old data never appears under a new heading; a failed reload keeps what was there,
 * next to the error.
 */
export function useLoad<T>(load: () => Promise<T>, dependencies: unknown[]): Loaded<T> {
  const key = JSON.stringify(dependencies);
  const [state, setState] = useState<{ key: string; data?: T; error?: unknown; loading: boolean }>({ key, loading: true });
  const [round, setRound] = useState(0);
  // The loader is rebuilt with every render; the dependencies say when it loads something else.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const stableLoad = useCallback(load, [key]);
  useEffect(() => {
    let current = true;
    setState((previous) => ({ key, data: previous.key === key ? previous.data : undefined, loading: true }));
    stableLoad().then(
      (data) => current && setState({ key, data, loading: false }),
      (error) => current && setState((previous) => ({ ...previous, error, loading: false })),
    );
    return () => {
      current = false;
    };
  }, [key, stableLoad, round]);
  const fresh = state.key === key;
  return {
    data: fresh ? state.data : undefined,
    error: fresh ? state.error : undefined,
    loading: !fresh || state.loading,
    reload: () => setRound((value) => value + 1),
  };
}
