import { useQuery } from '@tanstack/react-query';
import { ApiError, call, regions, type RegionSchemas } from '../../api/client';
import { saveFile } from '../../api/saveFile';
import { gatewayHeaders } from '../../api/gatewayHeaders';
import type { paths } from '../../api/generated/region-service';

export type MonitoringTable = RegionSchemas['MonitoringTable'];
export type TableCell = RegionSchemas['Cell'];
export type TableQuery = NonNullable<paths['/api/monitoring/tables/{indicator}']['get']['parameters']['query']>;

/** One monitoring table, suppressed by the service; the screens never see a hidden count. */
export function useTable(indicator: string, query: TableQuery) {
  return useQuery({
    queryKey: ['monitoring', indicator, query],
    queryFn: () => call(regions.GET('/api/monitoring/tables/{indicator}', { params: { path: { indicator }, query } })),
  });
}

/** The same table as CSV, saved by the browser: fetched with the session (a plain link could not send the headers). */
export async function downloadCsv(indicator: string, query: TableQuery): Promise<void> {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value]) if (item !== undefined && item !== '') search.append(name, String(item));
  }
  const response = await fetch(`/api/monitoring/tables/${indicator}.csv?${search}`, {
    credentials: 'same-origin',
    headers: { ...gatewayHeaders('GET'), Accept: 'text/csv' },
  });
  if (!response.ok) throw new ApiError(response.status, { status: response.status });
  saveFile(await response.blob(), `kim-${indicator}.csv`);
}

/** A published count, or null where the service suppressed it. */
export function published(cell?: TableCell | null): number | null {
  return cell?.suppressed ? null : (cell?.value ?? 0);
}

/** The enumeration a dimension's keys belong to, for their labels. */
export const DIMENSION_KINDS: Record<string, string> = {
  phase: 'CasePhase',
  authority: 'Authority',
  need: 'NeedKind',
  gender: 'Gender',
  'age-band': 'AgeBand',
  status: 'ReferralStatus',
  'offer-category': 'OfferCategory',
};

export const AREA_LEVELS = ['subregion', 'municipality', 'quarter', 'accommodation'] as const;
export const LANGUAGE_COURSES = ['LANGUAGE_COURSE', 'INTEGRATION_COURSE', 'LITERACY'];
export const TOOK_PART = ['STARTED', 'COMPLETED'];

/** The month n months before this one, as YYYY-MM. */
export function monthBefore(offset: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - offset, 1)).toISOString().slice(0, 7);
}
