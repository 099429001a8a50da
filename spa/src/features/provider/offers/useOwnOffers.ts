import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { ApiError, call, callWithVersion, offers, type OfferSchemas } from '../../../api/client';
import { zOfferStatus } from '../../../api/generated/offer-service.zod';
import { useProviders } from '../../../api/reference';
import { useSession } from '../../../api/session';

export type Offer = OfferSchemas['Offer'];
type Status = OfferSchemas['OfferStatus'];
type Page = OfferSchemas['PageOfferView'];

const ownKey = (status: Status) => ['offers', 'own', status] as const;

/**
 * The provider's own offers of one status (the address says which: ?status=DRAFT; active by default), and saving one:
 * the answer goes into the lists (out of the one it left, into the one of its status), nothing is read again.
 */
export function useOwnOffers() {
  const session = useSession();
  const providers = useProviders();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const asked = params.get('status') ?? '';
  const status: Status = (zOfferStatus.options as readonly string[]).includes(asked) ? (asked as Status) : 'ACTIVE';
  const providerId = providers.providers.find((provider) => provider.code === session.provider)?.id;
  const loaded = useQuery({
    queryKey: ownKey(status),
    enabled: Boolean(providerId),
    // The search has no filter by provider: the provider's own are picked from the district's offers of this status.
    queryFn: async (): Promise<Page> => {
      const items: Offer[] = [];
      for (let page = 0; page < 20; page++) {
        const found = await call(offers.GET('/api/offers', { params: { query: { status, page, size: 100 } } }));
        items.push(...(found.items ?? []).filter((offer) => offer.providerId === providerId));
        if ((page + 1) * 100 >= (found.total ?? 0)) break;
      }
      return { items, total: items.length };
    },
  });

  /** Writes a saved offer into the lists: every other status loses it, its own gets it (in title order). */
  function store(saved: Offer) {
    for (const each of zOfferStatus.options) {
      queryClient.setQueryData<Page>(ownKey(each), (page) => {
        if (!page) return page;
        const others = (page.items ?? []).filter((offer) => offer.id !== saved.id);
        const items =
          each === saved.status ? [...others, saved].sort((a, b) => (a.title ?? '').localeCompare(b.title ?? '', 'de')) : others;
        return { ...page, items };
      });
    }
  }

  return {
    providerId,
    /** Providers still loading, or a login without a provider of ours. */
    unknownProvider: providers.providers.length > 0 && !providerId,
    loaded,
    status,
    setStatus: (next: string) => setParams(next === 'ACTIVE' ? {} : { status: next }, { replace: true }),
    /** The offer with its version, for the editor: someone else's change in between is refused with 412. */
    read: (id: string) => callWithVersion(offers.GET('/api/offers/{id}', { params: { path: { id } } })),
    save: async (body: OfferSchemas['OfferInput'], id?: string, etag?: string) => {
      const saved = id
        ? await callWithVersion(offers.PUT('/api/offers/{id}', { params: { path: { id }, header: { 'If-Match': etag ?? '' } }, body }))
        : await callWithVersion(offers.POST('/api/offers', { body }));
      store(saved.data);
      return saved;
    },
  };
}

export function isOutdated(failure: unknown) {
  return failure instanceof ApiError && failure.status === 412;
}
