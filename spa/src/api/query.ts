import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './client';

/**
 * Server state in one cache, keyed by resource (TanStack Query). Changes write the answer they get into it (the new
 * case and its ETag) instead of fetching again; a refused request (4xx) is not repeated by itself.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < 2,
    },
  },
});

/** Reference data (team, providers, municipalities) changes rarely: loaded once, then kept for ten minutes. */
export const REFERENCE = { staleTime: 10 * 60_000, gcTime: 30 * 60_000 } as const;
