import { useMemo } from 'react';
import { useLocation, useSearchParams } from 'react-router-dom';
import type { OfferSchemas } from '../../api/client';
import type { paths } from '../../api/generated/offer-service';
import { zFieldOfAction, zGender, zIntegrationPhase, zOfferCategory, zResidenceStatus } from '../../api/generated/offer-service.zod';
import { todayIso } from '../../i18n/format';
import type { Member } from '../cases/caseTypes';

/** What the offer search shows, as the address keeps it: every value a string, '' for "not chosen". */
export interface OfferFilters {
  q: string;
  category: string;
  fieldOfAction: string;
  phase: string;
  language: string;
  municipality: string;
  free: string;
  /** A person of the case the search was opened from: only offers they may attend. */
  person: string;
}

export const FILTERS = ['q', 'category', 'fieldOfAction', 'phase', 'language', 'municipality', 'free', 'person'] as const;
export const PAGE_SIZE = 30;

const among = (values: readonly string[]) => (value: string) => values.includes(value);
/** Values the API would refuse are dropped, so that an edited or old bookmark still opens a list. */
const ALLOWED: Partial<Record<keyof OfferFilters, (value: string) => boolean>> = {
  category: among(zOfferCategory.options),
  fieldOfAction: among(zFieldOfAction.options),
  phase: among(zIntegrationPhase.options),
  language: (value) => /^[a-z]{2}$/.test(value),
  free: among(['true']),
  municipality: (value) => /^[0-9a-f-]{36}$/.test(value),
  person: (value) => /^[0-9a-f-]{36}$/.test(value),
};

export function filtersOf(params: URLSearchParams): OfferFilters {
  const filters = Object.fromEntries(FILTERS.map((name) => [name, params.get(name) ?? ''])) as unknown as OfferFilters;
  for (const name of FILTERS) {
    if (filters[name] && ALLOWED[name] && !ALLOWED[name](filters[name])) filters[name] = '';
  }
  filters.q = filters.q.slice(0, 200);
  return filters;
}

/** Full years on today's date in Germany. */
export function ageOn(birthDate: string, today = todayIso()): number {
  const [year, month, day] = birthDate.split('-').map(Number);
  const [nowYear, nowMonth, nowDay] = today.split('-').map(Number);
  return nowYear - year - (nowMonth < month || (nowMonth === month && nowDay < day) ? 1 : 0);
}

export type OfferQuery = NonNullable<paths['/api/offers']['get']['parameters']['query']>;

/** The search's request: the filters that are set, as the API names them; a person becomes their age, gender and status. */
export function queryOf(filters: OfferFilters, person: Member | undefined, page: number): OfferQuery {
  const gender = person?.gender && (zGender.options as readonly string[]).includes(person.gender) ? person.gender : undefined;
  const status =
    person?.residenceStatus && (zResidenceStatus.options as readonly string[]).includes(person.residenceStatus)
      ? person.residenceStatus
      : undefined;
  return {
    q: filters.q.trim() || undefined,
    category: (filters.category || undefined) as OfferSchemas['OfferCategory'] | undefined,
    fieldOfAction: (filters.fieldOfAction || undefined) as OfferSchemas['FieldOfAction'] | undefined,
    phase: (filters.phase || undefined) as OfferSchemas['IntegrationPhase'] | undefined,
    language: filters.language || undefined,
    municipality: filters.municipality || undefined,
    hasFreePlaces: filters.free === 'true' ? true : undefined,
    eligibleAge: person?.birthDate ? ageOn(person.birthDate) : undefined,
    eligibleGender: gender as OfferSchemas['Gender'] | undefined,
    eligibleResidenceStatus: status as OfferSchemas['ResidenceStatus'] | undefined,
    page,
    size: PAGE_SIZE,
  };
}

/**
 * The search's filters, its page and the case it was opened from (?case=…), kept in the address: back and forward
 * step through searches, and a link from a case opens the search for that case. Changing a filter starts at page one.
 */
export function useOfferSearchParams() {
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  const filters = useMemo(() => filtersOf(new URLSearchParams(key)), [key]);
  const caseId = /^[0-9a-f-]{36}$/.test(params.get('case') ?? '') ? params.get('case')! : undefined;
  const page = Math.max(0, Math.min(10_000, Number(params.get('page')) || 0));
  const { pathname } = useLocation();
  const go = (next: OfferFilters, nextPage: number) => {
    // A search typed just before a referral may settle after the app went on to the case: it stays where it was.
    if (window.location.pathname !== pathname) return;
    const search = new URLSearchParams();
    if (caseId) search.set('case', caseId);
    for (const name of FILTERS) if (next[name].trim()) search.set(name, next[name].trim());
    if (nextPage > 0) search.set('page', String(nextPage));
    // Typing on in the search field is one step of the history, not one per letter.
    if (search.toString() !== key) setParams(search, { replace: next.q !== filters.q && next.q !== '' && filters.q !== '' });
  };
  return { filters, caseId, page, setFilters: (next: OfferFilters) => go(next, 0), setPage: (next: number) => go(filters, next) };
}
