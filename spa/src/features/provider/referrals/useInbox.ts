import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { call, callWithVersion, offers, type OfferSchemas } from '../../../api/client';
import { zPlacementStatus } from '../../../api/generated/offer-service.zod';

export type InboxReferral = OfferSchemas['Referral'];
export type Step = 'start' | 'complete' | 'drop-out';
type Page = OfferSchemas['PageReferralView'];

export const INBOX_SIZE = 50;
/** What still needs the provider: the default view. */
export const OPEN_STATUSES = ['ACCEPTED', 'STARTED', 'WAITLISTED'] as const;
/** The open view shows this many (the oldest) of each open status. */
export const OPEN_LIMIT = 100;

/** The open referrals, oldest first: one request per open status (the API filters by one), merged. */
async function openReferrals(): Promise<Page & { truncated: boolean }> {
  const pages = await Promise.all(
    OPEN_STATUSES.map((status) => call(offers.GET('/api/referrals', { params: { query: { status, size: OPEN_LIMIT } } }))),
  );
  const items = pages.flatMap((page) => page.items ?? []).sort((a, b) => (a.requestedAt ?? '').localeCompare(b.requestedAt ?? ''));
  return { items, page: 0, size: items.length, total: items.length, truncated: pages.some((page) => (page.total ?? 0) > OPEN_LIMIT) };
}

/**
 * The provider's referrals as the address says: the open ones (default), those of one status (?status=WAITLISTED) or
 * all (?status=ALL), the latter two paged (&page=1).
 */
export function useInbox() {
  const [params, setParams] = useSearchParams();
  const asked = params.get('status') ?? '';
  const status = (zPlacementStatus.options as readonly string[]).includes(asked) || asked === 'ALL' ? asked : '';
  const page = status ? Math.max(0, Math.min(10_000, Number(params.get('page')) || 0)) : 0;
  const query = { status: status && status !== 'ALL' ? (status as OfferSchemas['PlacementStatus']) : undefined, page, size: INBOX_SIZE };
  const key = ['referrals', 'inbox', status || 'OPEN', page] as const;
  const loaded = useQuery({
    queryKey: key,
    queryFn: (): Promise<Page & { truncated?: boolean }> =>
      status ? call(offers.GET('/api/referrals', { params: { query } })) : openReferrals(),
    placeholderData: keepPreviousData,
  });
  const go = (next: { status?: string; page?: number }) => {
    const search = new URLSearchParams();
    if (next.status) search.set('status', next.status);
    if (next.page) search.set('page', String(next.page));
    setParams(search);
  };
  return {
    loaded,
    status,
    page,
    /** Paged unless it is the open view. */
    paged: Boolean(status),
    setStatus: (next: string) => go({ status: next }),
    setPage: (next: number) => go({ status, page: next }),
    ...useSteps(key),
  };
}

/**
 * The next step of a placement. The service checks it against the referral's state (accepted → started …), so the
 * version read right before it is enough: a step someone else took meanwhile is refused as an invalid transition. The
 * answer replaces the referral in the list; a freed place (completed, dropped out) moves the waitlist on, so then the
 * list is read again for the others' new places.
 */
function useSteps(key: readonly unknown[]) {
  const queryClient = useQueryClient();
  return {
    take: async (referralId: string, step: Step): Promise<{ answer: InboxReferral; listed: boolean }> => {
      const { etag } = await callWithVersion(offers.GET('/api/referrals/{id}', { params: { path: { id: referralId } } }));
      const options = { params: { path: { id: referralId }, header: { 'If-Match': etag } } };
      const answer = await call(
        step === 'start'
          ? offers.POST('/api/referrals/{id}/start', options)
          : step === 'complete'
            ? offers.POST('/api/referrals/{id}/complete', options)
            : offers.POST('/api/referrals/{id}/drop-out', options),
      );
      queryClient.setQueryData<Page>(key, (page) =>
        page ? { ...page, items: (page.items ?? []).map((item) => (item.referralId === referralId ? answer : item)) } : page,
      );
      if (step !== 'start') await queryClient.invalidateQueries({ queryKey: ['referrals', 'inbox'] });
      // Whether the list still shows it (a filtered list loses what left its status): where the focus can go.
      const listed = Boolean(queryClient.getQueryData<Page>(key)?.items?.some((item) => item.referralId === referralId));
      return { answer, listed };
    },
  };
}
