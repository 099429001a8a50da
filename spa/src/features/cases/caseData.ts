import { useRef } from 'react';
import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { ApiError, call, callWithVersion, cases } from '../../api/client';
import { ConflictError, type HistoryEntry } from '../../api/conflict';
import type { CaseState } from './caseTypes';

/** A case as the cache keeps it: the state and the ETag every change of it needs as If-Match. */
export interface VersionedCase {
  state: CaseState;
  etag: string;
}

export const caseKey = (id: string) => ['case', id] as const;
export const historyKey = (id: string) => ['case', id, 'history'] as const;

export function useCase(id: string) {
  return useQuery({
    queryKey: caseKey(id),
    queryFn: async (): Promise<VersionedCase> => {
      const { data, etag } = await callWithVersion(cases.GET('/api/cases/{id}', { params: { path: { id } } }));
      return { state: data, etag };
    },
  });
}

type Answer = Promise<{ data?: CaseState; error?: unknown; response: Response }>;

/** The version an ETag names: "17" → 17. */
export function versionOf(etag: string): number {
  return Number(etag.replace(/^W\//, '').replaceAll('"', ''));
}

/** The history entries after a version, oldest first: what changed since someone read the case. */
async function changedSince(id: string, version: number): Promise<HistoryEntry[]> {
  const entries = await call(cases.GET('/api/cases/{id}/history', { params: { path: { id }, query: { size: 20 } } }));
  return entries.filter((entry) => (entry.version ?? 0) > version).reverse();
}

function store(queryClient: QueryClient, id: string, changed: VersionedCase) {
  queryClient.setQueryData(caseKey(id), changed);
  void queryClient.invalidateQueries({ queryKey: historyKey(id) });
  void queryClient.invalidateQueries({ queryKey: ['worklist'] });
}

/**
 * Changes a case so that nothing typed is lost when someone else changed it meanwhile. `request` builds the call from
 * the case as it is (the body from its state, If-Match from its ETag). On 412 the case is read again and the change is
 * applied again to the fresh state, unless what the form edits (`slice` of the state) changed meanwhile: then the
 * change is not made, and a ConflictError says what changed; the form keeps the user's input and its next save goes
 * against the fresh state. The answer (new state and ETag) goes into the cache; nothing is fetched again.
 */
export function useCaseChange<S = unknown>(id: string, slice?: (state: CaseState) => S) {
  const queryClient = useQueryClient();
  // What the user saw when they began editing; moves on when they have seen a conflict.
  const seen = useRef<CaseState | undefined>(undefined);
  const current = () => queryClient.getQueryData<VersionedCase>(caseKey(id))!;
  seen.current ??= queryClient.getQueryData<VersionedCase>(caseKey(id))?.state;

  async function send(request: (current: VersionedCase) => Answer, on: VersionedCase) {
    const { data, etag } = await callWithVersion(request(on));
    const changed = { state: data, etag };
    store(queryClient, id, changed);
    return changed;
  }

  return {
    /** Starts a new edit: what the user sees now is what a conflict is measured against. */
    begin: () => {
      seen.current = current()?.state;
    },
    change: async (request: (current: VersionedCase) => Answer): Promise<VersionedCase & { meanwhile: HistoryEntry[] }> => {
      const base = current();
      try {
        const changed = await send(request, base);
        seen.current = changed.state;
        return { ...changed, meanwhile: [] };
      } catch (failure) {
        if (!(failure instanceof ApiError && failure.status === 412)) throw failure;
        const fresh = await callWithVersion(cases.GET('/api/cases/{id}', { params: { path: { id } } }));
        const freshCase = { state: fresh.data, etag: fresh.etag };
        queryClient.setQueryData(caseKey(id), freshCase);
        const meanwhile = await changedSince(id, versionOf(base.etag));
        const before = seen.current ?? base.state;
        if (slice && JSON.stringify(slice(before)) !== JSON.stringify(slice(freshCase.state))) {
          seen.current = freshCase.state;
          throw new ConflictError(meanwhile);
        }
        const changed = await send(request, freshCase);
        seen.current = changed.state;
        return { ...changed, meanwhile };
      }
    },
  };
}
