import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { call, cases } from '../../api/client';
import type { queryOf } from './worklistParams';

/**
 * One page of the worklist or of a search. While the next page or search loads, the last one stays on screen (marked
 * busy), so the list does not jump with every letter typed.
 */
export function useWorklist(query: ReturnType<typeof queryOf>) {
  return useQuery({
    queryKey: ['worklist', query],
    queryFn: () => call(cases.GET('/api/cases/worklist', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}
