import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { zCasePhase, zFlagKind, zPriority, zScope } from '../../api/generated/case-service.zod';

/** What the worklist shows, as the address keeps it: every value a string, '' for "not chosen". */
export interface WorklistFilters {
  q: string;
  phase: string;
  flag: string;
  priority: string;
  caseManager: string;
  inactiveDays: string;
}

export type Scope = (typeof zScope.options)[number];

const FILTERS = ['q', 'phase', 'flag', 'priority', 'caseManager', 'inactiveDays'] as const;
/** Values the API would refuse are dropped, so that an edited or old bookmark still opens a list. */
const ALLOWED: Partial<Record<keyof WorklistFilters, (value: string) => boolean>> = {
  phase: (value) => (zCasePhase.options as readonly string[]).includes(value),
  flag: (value) => (zFlagKind.options as readonly string[]).includes(value),
  priority: (value) => (zPriority.options as readonly string[]).includes(value),
  inactiveDays: (value) => /^\d{1,4}$/.test(value) && Number(value) >= 1 && Number(value) <= 3650,
  caseManager: (value) => value.length <= 100,
};
export const PAGE_SIZE = 50;

export function filtersOf(params: URLSearchParams): WorklistFilters {
  const filters = Object.fromEntries(FILTERS.map((name) => [name, params.get(name) ?? ''])) as unknown as WorklistFilters;
  for (const name of FILTERS) {
    if (filters[name] && ALLOWED[name] && !ALLOWED[name](filters[name])) filters[name] = '';
  }
  filters.q = filters.q.slice(0, 200);
  return filters;
}

export function pageOf(params: URLSearchParams): number {
  const page = Number(params.get('page'));
  return Number.isInteger(page) && page > 0 && page <= 100_000 ? page : 0;
}

export function scopeOf(params: URLSearchParams, fallback: Scope): Scope {
  const scope = params.get('scope');
  return (zScope.options as readonly string[]).includes(scope ?? '') ? (scope as Scope) : fallback;
}

/** The address of a worklist: only what differs from the defaults, in a fixed order. */
export function paramsOf(filters: WorklistFilters, scope: Scope, fallback: Scope, page: number): URLSearchParams {
  const params = new URLSearchParams();
  const q = filters.q.trim();
  if (q) params.set('q', q);
  if (scope !== fallback) params.set('scope', scope);
  for (const name of FILTERS) if (name !== 'q' && filters[name]) params.set(name, filters[name]);
  if (page > 0) params.set('page', String(page));
  return params;
}

/** The worklist's request: the filters that are set, as the API names them. */
export function queryOf(filters: WorklistFilters, scope: Scope, page: number) {
  return {
    scope,
    q: filters.q.trim() || undefined,
    phase: (filters.phase || undefined) as (typeof zCasePhase.options)[number] | undefined,
    flag: (filters.flag || undefined) as (typeof zFlagKind.options)[number] | undefined,
    priority: (filters.priority || undefined) as (typeof zPriority.options)[number] | undefined,
    caseManager: filters.caseManager || undefined,
    inactiveDays: filters.inactiveDays ? Number(filters.inactiveDays) : undefined,
    page,
    size: PAGE_SIZE,
  };
}

/** Typing on in the same search (or taking letters back) is one step of the history; a new search is another. */
function refines(before: URLSearchParams, after: URLSearchParams) {
  const q = (params: URLSearchParams) => params.get('q') ?? '';
  const rest = (params: URLSearchParams) => {
    const copy = new URLSearchParams(params);
    copy.delete('q');
    return copy.toString();
  };
  const [a, b] = [q(before), q(after)];
  return rest(before) === rest(after) && a !== '' && b !== '' && (a.startsWith(b) || b.startsWith(a));
}

/**
 * The worklist's search, filters, scope and page, kept in the address: back and forward step through searches, and a
 * bookmark opens the same list. Changing a filter starts at the first page. Each change builds on the address as it is
 * now (the browser's), not as last drawn: a click right after a choice keeps that choice.
 */
export function useWorklistParams(fallback: Scope) {
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  const filters = useMemo(() => filtersOf(new URLSearchParams(key)), [key]);
  const now = () => new URLSearchParams(window.location.search);
  const go = (next: URLSearchParams, replace?: boolean) => {
    const before = now();
    if (next.toString() !== before.toString()) setParams(next, { replace: replace ?? refines(before, next) });
  };
  return {
    filters,
    scope: scopeOf(params, fallback),
    page: pageOf(params),
    setFilters: (next: WorklistFilters) => go(paramsOf(next, scopeOf(now(), fallback), fallback, 0)),
    setScope: (next: Scope) => go(paramsOf(filtersOf(now()), next, fallback, 0)),
    setPage: (next: number) => go(paramsOf(filtersOf(now()), scopeOf(now(), fallback), fallback, next)),
    /** A page past the end (the list got shorter since the bookmark): the last page, in place of the address. */
    keepWithin: (total: number) => {
      const last = Math.max(0, Math.ceil(total / PAGE_SIZE) - 1);
      if (pageOf(now()) > last) go(paramsOf(filtersOf(now()), scopeOf(now(), fallback), fallback, last), true);
    },
  };
}
