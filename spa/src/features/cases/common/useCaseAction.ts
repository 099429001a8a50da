import { useState } from 'react';
import { useAnnounce } from '../../../components/Announcer';
import { useConfirm } from '../../../components/ConfirmDialog';

type Question = Parameters<ReturnType<typeof useConfirm>>[0];

/**
 * A one-click change of a case (revoke, end, reopen, a measure's next step): asks first when it cannot be undone,
 * marks its button busy while it runs, confirms when done, and keeps the problem to show when it failed.
 */
export function useCaseAction() {
  const announce = useAnnounce();
  const confirm = useConfirm();
  const [busy, setBusy] = useState<string>();
  const [problem, setProblem] = useState<unknown>();
  async function run(key: string, action: () => Promise<unknown>, confirmation: string, question?: Question) {
    if (question && !(await confirm(question))) return false;
    setBusy(key);
    setProblem(undefined);
    try {
      await action();
      announce(confirmation);
      return true;
    } catch (failure) {
      setProblem(failure);
      return false;
    } finally {
      setBusy(undefined);
    }
  }
  return { busy, problem, run, isBusy: (key: string) => busy === key };
}
