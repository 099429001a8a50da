import { useQuery } from '@tanstack/react-query';
import { call, cases, offers, regions, type CaseSchemas, type OfferSchemas, type RegionSchemas } from './client';
import { REFERENCE } from './query';

type TeamMember = RegionSchemas['TeamMemberState'];
type Provider = OfferSchemas['ProviderState'];
type Municipality = CaseSchemas['MunicipalityState'];

/** The KIM teams of every sub-region (names and work contacts): whose case it is, whom to call. */
export function useTeam() {
  const loaded = useQuery({
    queryKey: ['team'],
    queryFn: () => call(regions.GET('/api/regions/team-members', { params: { query: { size: 100 } } })).then((page) => page.items ?? []),
    ...REFERENCE,
  });
  const members: TeamMember[] = loaded.data ?? [];
  return {
    members,
    /** A person's name for a subject; "unknown" rather than an id. */
    name: (subject?: string | null, unknown = '–') =>
      subject ? (members.find((member) => member.subject === subject)?.displayName ?? unknown) : '–',
    member: (subject?: string | null) => members.find((member) => member.subject === subject),
  };
}

/** Providers (Träger) by code, so that consents and offers name them, never by code. */
export function useProviders() {
  const loaded = useQuery({
    queryKey: ['providers'],
    queryFn: () => call(offers.GET('/api/offers/providers', { params: { query: { size: 100 } } })).then((page) => page.items ?? []),
    ...REFERENCE,
  });
  const providers: Provider[] = loaded.data ?? [];
  return {
    providers,
    name: (code?: string | null) => (code ? (providers.find((provider) => provider.code === code)?.name ?? code) : '–'),
  };
}

/** The municipalities a case may lie in (the case-service's replica of the region-service's). */
export function useMunicipalities() {
  const loaded = useQuery({
    queryKey: ['municipalities'],
    queryFn: () => call(cases.GET('/api/cases/reference/municipalities', {})),
    ...REFERENCE,
  });
  const municipalities: Municipality[] = loaded.data ?? [];
  return { municipalities, name: (id?: string | null) => municipalities.find((m) => m.id === id)?.name ?? '–' };
}

/** The quarters and accommodations of a municipality (region-service), for where a household lives. */
export function usePlaces(municipalityId?: string | null) {
  const loaded = useQuery({
    queryKey: ['places', municipalityId],
    enabled: Boolean(municipalityId),
    queryFn: async () => {
      const query = { municipality: municipalityId!, size: 100 };
      const [quarters, accommodations] = await Promise.all([
        call(regions.GET('/api/regions/quarters', { params: { query } })),
        call(regions.GET('/api/regions/accommodations', { params: { query } })),
      ]);
      return { quarters: quarters.items ?? [], accommodations: accommodations.items ?? [] };
    },
    ...REFERENCE,
  });
  return loaded.data ?? { quarters: [], accommodations: [] };
}

/** The sub-regions by code, named as the district names them ("Teilregion Nord"), never as codes. */
export function useSubregions() {
  const loaded = useQuery({
    queryKey: ['subregions'],
    queryFn: () => call(regions.GET('/api/regions/subregions', { params: { query: { size: 100 } } })).then((page) => page.items ?? []),
    ...REFERENCE,
  });
  const subregions = loaded.data ?? [];
  return { subregions, name: (code?: string | null) => (code ? (subregions.find((s) => s.code === code)?.name ?? code) : '–') };
}
