import { useQuery, useQueryClient } from '@tanstack/react-query';
import { call, callWithVersion, cases, type CaseSchemas } from '../../api/client';
import { caseKey } from '../cases/caseData';

export type IncomingTransfer = CaseSchemas['IncomingTransfer'];
const incomingKey = ['transfers', 'incoming'] as const;

export function useIncomingTransfers() {
  return useQuery({ queryKey: incomingKey, queryFn: () => call(cases.GET('/api/cases/transfers/incoming', {})) });
}

/**
 * Taking a case over or turning it down, with the version the list showed (If-Match). The answer goes into the cache:
 * the accepted case (so that opening it needs no second request), the list without it; worklist and caseload change.
 */
export function useTransferDecision() {
  const queryClient = useQueryClient();
  const settle = (caseId: string) => {
    queryClient.setQueryData<IncomingTransfer[]>(incomingKey, (list) => list?.filter((incoming) => incoming.caseId !== caseId));
    void queryClient.invalidateQueries({ queryKey: ['worklist'] });
    void queryClient.invalidateQueries({ queryKey: ['caseload'] });
  };
  const params = (incoming: IncomingTransfer) => ({
    params: { path: { id: incoming.caseId! }, header: { 'If-Match': `"${incoming.version}"` } },
  });
  return {
    accept: async (incoming: IncomingTransfer) => {
      const { data, etag } = await callWithVersion(cases.POST('/api/cases/{id}/transfer/accept', params(incoming)));
      queryClient.setQueryData(caseKey(incoming.caseId!), { state: data, etag });
      settle(incoming.caseId!);
      return data;
    },
    reject: async (incoming: IncomingTransfer) => {
      await call(cases.POST('/api/cases/{id}/transfer/reject', params(incoming)));
      settle(incoming.caseId!);
    },
  };
}
