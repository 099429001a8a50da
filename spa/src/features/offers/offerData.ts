import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { call, offers, regions, type OfferSchemas } from '../../api/client';
import { REFERENCE } from '../../api/query';
import type { OfferQuery } from './offerSearchParams';

export type Offer = OfferSchemas['Offer'];

/**
 * One page of the offer search. While the next search loads, the last one stays on screen (marked busy), so the list
 * does not jump with every letter typed.
 */
export function useOfferSearch(query: OfferQuery) {
  return useQuery({
    queryKey: ['offers', 'search', query],
    queryFn: () => call(offers.GET('/api/offers', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

/** The district's municipalities by name (region-service; every role may read them). */
export function useRegionMunicipalities() {
  const loaded = useQuery({
    queryKey: ['regions', 'municipalities'],
    queryFn: () =>
      call(regions.GET('/api/regions/municipalities', { params: { query: { size: 100, sort: 'name' } } })).then((page) => page.items ?? []),
    ...REFERENCE,
  });
  const municipalities = loaded.data ?? [];
  return {
    municipalities,
    options: municipalities.map((municipality) => ({ value: municipality.id ?? '', label: municipality.name ?? '' })),
  };
}
