import { useCallback, useEffect, useState } from 'react';

export interface Loaded<T> {
  data?: T;
  error?: unknown;
  loading: boolean;
  reload: () => void;
}

/**
 * Loads data for a screen and reloads it on demand (after a change, or to retry after a conflict). Other
 * dependencies (another case, other filters) start from nothing, so old data never shows under a new heading; a
 * failed reload keeps what was there, next to the error.
 */
export function useLoad<T>(load: () => Promise<T>, dependencies: unknown[]): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({ loading: true });
  const [round, setRound] = useState(0);
  const key = JSON.stringify(dependencies);
  // The loader is rebuilt with every render; the dependencies say when it loads something else.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const stableLoad = useCallback(load, [key]);
  useEffect(() => setState({ loading: true }), [key]);
  useEffect(() => {
    let current = true;
    setState((previous) => ({ data: previous.data, loading: true }));
    stableLoad().then(
      (data) => current && setState({ data, loading: false }),
      (error) => current && setState((previous) => ({ data: previous.data, error, loading: false })),
    );
    return () => {
      current = false;
    };
  }, [stableLoad, round]);
  return { ...state, reload: () => setRound((value) => value + 1) };
}
