import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError, call, callWithVersion, cases, type CaseSchemas } from '../../api/client';
import { versionOf } from '../cases/caseData';
import type { NoteValues } from '../cases/notes/NoteForm';

export type ViewCase = CaseSchemas['ViewCase'];
export type ViewConsent = CaseSchemas['Consent'];

/** A person as the view shows them: names and the like with master data, the permit with residence, else the id only. */
export interface ViewMember {
  id: string;
  firstName?: string;
  lastName?: string;
  birthDate?: string;
  gender?: string;
  nationality?: string;
  languages?: { code?: string; level?: string }[];
  arrivalDate?: string;
  residenceStatus?: string | null;
  residenceValidUntil?: string | null;
}

/** A person's part of the needs assessment, each field only with the category it belongs to. */
export interface ViewAssessmentMember {
  memberId: string;
  schooling?: string | null;
  yearsOfSchooling?: number | null;
  vocationalQualification?: string | null;
  qualificationRecognised?: boolean | null;
  employment?: string | null;
  inChildcareOrSchool?: boolean | null;
  healthSupport?: boolean | null;
}

/**
 * What the view holds of a case (the case-service's ViewFilter): always the number, the sub-region, the authority's
 * own file reference and consents; the rest only as far as the categories reach; what is not shared is absent.
 */
export interface ViewData {
  number?: string;
  subregion?: string;
  fileReference?: string | null;
  consents?: ViewConsent[];
  phase?: string;
  closedReason?: string | null;
  municipalityId?: string | null;
  quarterId?: string | null;
  accommodationId?: string | null;
  nextReview?: string | null;
  members?: ViewMember[];
  assessment?: { assessedOn?: string; familyStatus?: string | null; leisureInterests?: string[] | null; members?: ViewAssessmentMember[] };
  needs?: CaseSchemas['Need'][];
  goals?: CaseSchemas['Goal'][];
  referrals?: CaseSchemas['Referral'][];
  conferences?: CaseSchemas['Conference'][];
  notes?: CaseSchemas['Note'][];
}

export function viewData(view: ViewCase): ViewData {
  return (view.data ?? {}) as ViewData;
}

/** The household's names, when master data is shared; empty otherwise. */
export function householdNames(data: ViewData): string[] {
  return (data.members ?? []).map((member) => [member.firstName, member.lastName].filter(Boolean).join(' ')).filter(Boolean);
}

/** A person named as far as the view allows: by name with master data, else only as someone of the household. */
export function useMemberName(data: ViewData) {
  const { t } = useTranslation();
  return (memberId?: string | null) => {
    if (!memberId) return t('authorityView.wholeHousehold');
    const member = data.members?.find((candidate) => candidate.id === memberId);
    const name = [member?.firstName, member?.lastName].filter(Boolean).join(' ');
    return name || t('authorityView.somePerson');
  };
}

const PAGE = 50;
export const viewsKey = (authority: string) => ['authority', authority, 'cases'] as const;
export const viewKey = (authority: string, caseId: string) => ['authority', authority, 'case', caseId] as const;

/** The cases the authority takes part in with a consent in force, page by page. */
export function useAuthorityCases(authority: string) {
  return useInfiniteQuery({
    queryKey: viewsKey(authority),
    enabled: Boolean(authority),
    initialPageParam: 0,
    queryFn: ({ pageParam }) =>
      call(cases.GET('/api/views/{authority}/cases', { params: { path: { authority }, query: { page: pageParam, size: PAGE } } })),
    getNextPageParam: (last, all) => (last.length === PAGE ? all.length : undefined),
  });
}

/** One case as the authority may see it, with the ETag (its case version) a note needs as If-Match. */
export interface VersionedView {
  view: ViewCase;
  etag: string;
}

function readView(authority: string, caseId: string): Promise<VersionedView> {
  return callWithVersion(cases.GET('/api/views/{authority}/cases/{caseId}', { params: { path: { authority, caseId } } })).then(
    ({ data, etag }) => ({ view: data, etag: etag || `"${data.caseVersion}"` }),
  );
}

export function useAuthorityCase(authority: string, caseId: string) {
  return useQuery({ queryKey: viewKey(authority, caseId), enabled: Boolean(authority), queryFn: () => readView(authority, caseId) });
}

const pause = (ms: number) => new Promise((resolve) => window.setTimeout(resolve, ms));

/**
 * Writes a note through the view. A change of the case the view had not caught up with yet answers 412: the view is
 * read again and the note sent once more on top of it, so what was typed is never lost. The view follows the case by
 * events; it is read again until it shows the note's version (or for a few seconds).
 */
export function useWriteViewNote(authority: string, caseId: string) {
  const queryClient = useQueryClient();
  const key = viewKey(authority, caseId);
  const fresh = () => queryClient.fetchQuery({ queryKey: key, queryFn: () => readView(authority, caseId), staleTime: 0 });
  const send = (etag: string, note: NoteValues) =>
    callWithVersion(
      cases.POST('/api/views/{authority}/cases/{caseId}/notes', {
        params: { path: { authority, caseId }, header: { 'If-Match': etag } },
        body: note,
      }),
    );
  return async (note: NoteValues) => {
    const current = queryClient.getQueryData<VersionedView>(key) ?? (await fresh());
    let written;
    try {
      written = await send(current.etag, note);
    } catch (failure) {
      if (!(failure instanceof ApiError && failure.status === 412)) throw failure;
      written = await send((await fresh()).etag, note);
    }
    const version = written.etag ? versionOf(written.etag) : Number.NaN;
    for (let attempt = 0; attempt < 6; attempt++) {
      const shown = await fresh();
      if (!(Number(shown.view.caseVersion) < version)) break;
      await pause(400 * (attempt + 1));
    }
    void queryClient.invalidateQueries({ queryKey: viewsKey(authority) });
    return written;
  };
}
