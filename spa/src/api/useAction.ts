import { useState } from 'react';

/**
 * Runs a change against the API and keeps what the form needs to show: busy while it runs (progress), the
 * problem if it failed (shown at the fields it concerns), and a confirmation when it worked.
 */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState(false);
  async function run(action: () => Promise<unknown>, onSuccess?: () => void) {
    setBusy(true);
    setError(undefined);
    setDone(false);
    try {
      await action();
      setDone(true);
      onSuccess?.();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }
  const reset = () => setError(undefined);
  /** For the problem's "reload and retry": forget the problem and load the current state again. */
  const retryAfter = (reload: () => void) => () => {
    reset();
    reload();
  };
  return { busy, error, done, run, reset, retryAfter };
}
