import { useQuery, useQueryClient } from '@tanstack/react-query';
import { call, callWithVersion, regions, type RegionSchemas } from '../../api/client';

/** The things of a sub-region this screen keeps, by the name of their API collection. */
interface Kinds {
  municipalities: [RegionSchemas['MunicipalityState'], never];
  quarters: [RegionSchemas['QuarterState'], RegionSchemas['QuarterInput']];
  accommodations: [RegionSchemas['AccommodationState'], RegionSchemas['AccommodationInput']];
  'contact-points': [RegionSchemas['ContactPointState'], RegionSchemas['ContactPointInput']];
  posts: [RegionSchemas['PostState'], RegionSchemas['PostInput']];
  'team-members': [RegionSchemas['TeamMemberState'], RegionSchemas['TeamMemberInput']];
}
export type Kind = keyof Kinds;
export type StateOf<K extends Kind> = Kinds[K][0];
export type InputOf<K extends Kind> = Kinds[K][1];

// One typed path stands for all: the collections share their shape (list, add, read, change, remove).
type ListPath = '/api/regions/quarters';
type ItemPath = '/api/regions/quarters/{id}';
const listPath = (kind: Kind) => `/api/regions/${kind}` as ListPath;
const itemPath = (kind: Kind) => `/api/regions/${kind}/{id}` as ItemPath;

/** Reference data other screens keep of the same things (see api/reference.ts): stale after a change here. */
const REFERENCES: Partial<Record<Kind, string>> = { quarters: 'places', accommodations: 'places', 'team-members': 'team' };

export const listKey = (kind: Kind, subregion?: string) => ['regions', kind, subregion ?? ''] as const;
const itemKey = (kind: Kind, id: string) => ['regions', kind, 'item', id] as const;

/** A collection of the sub-region (all of the district when none is given), sorted by name where it has one. */
export function useRegionList<K extends Kind>(kind: K, subregion?: string) {
  return useQuery({
    queryKey: listKey(kind, subregion),
    queryFn: async () => {
      const page = await call(regions.GET(listPath(kind), { params: { query: { subregion, size: 100 } } }));
      const items = (page.items ?? []) as StateOf<K>[];
      const collator = new Intl.Collator('de');
      return items.sort((a, b) => collator.compare(nameOf(a), nameOf(b)));
    },
  });
}

/**
 * One thing as it is now, with its version (ETag), for an edit form: read afresh whenever the form opens, and again
 * after someone else's change refused the save (refetch), so that the next save goes against the new version.
 */
export function useRegionItem<K extends Kind>(kind: K, id: string) {
  return useQuery({
    queryKey: itemKey(kind, id),
    queryFn: async () => {
      const { data, etag } = await callWithVersion(regions.GET(itemPath(kind), { params: { path: { id } } }));
      return { item: data as StateOf<K>, etag };
    },
    staleTime: 0,
    gcTime: 0,
  });
}

function nameOf(item: object): string {
  const named = item as { name?: string; displayName?: string };
  return named.name ?? named.displayName ?? '';
}

/**
 * Adds, changes and removes things of a collection. A change and a removal go against the version just read (its
 * ETag), so someone else's change meanwhile is refused (412) instead of overwritten. The answer goes into the list in
 * the cache; nothing is fetched again.
 */
export function useRegionChanges<K extends Kind>(kind: K, subregion?: string) {
  const queryClient = useQueryClient();
  const key = listKey(kind, subregion);
  const update = (change: (items: StateOf<K>[]) => StateOf<K>[]) => {
    queryClient.setQueryData<StateOf<K>[]>(key, (items = []) => change(items));
    // The same collection for other sub-regions, and what other screens keep of it, are read again when next shown.
    void queryClient.invalidateQueries({
      predicate: (query) =>
        (query.queryKey[0] === 'regions' && query.queryKey[1] === kind && query.queryKey[2] !== (subregion ?? '')) ||
        query.queryKey[0] === REFERENCES[kind],
      refetchType: 'none',
    });
  };
  const etagOf = async (id: string) => (await callWithVersion(regions.GET(itemPath(kind), { params: { path: { id } } }))).etag;
  return {
    add: async (input: InputOf<K>) => {
      const added = (await call(regions.POST(listPath(kind), { body: input as never }))) as StateOf<K>;
      update((items) => [...items, added]);
      return added;
    },
    /** Changes the thing as read (its ETag) when the editing began. */
    change: async (id: string, etag: string, input: InputOf<K>) => {
      const changed = (await call(
        regions.PUT(itemPath(kind), { params: { path: { id }, header: { 'If-Match': etag } }, body: input as never }),
      )) as StateOf<K>;
      update((items) => items.map((item) => ((item as { id?: string }).id === id ? changed : item)));
      queryClient.removeQueries({ queryKey: itemKey(kind, id) });
      return changed;
    },
    remove: async (id: string) => {
      const etag = await etagOf(id);
      await call(regions.DELETE(itemPath(kind), { params: { path: { id }, header: { 'If-Match': etag } } }));
      update((items) => items.filter((item) => (item as { id?: string }).id !== id));
    },
  };
}
