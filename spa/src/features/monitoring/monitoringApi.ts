import { call, regions, type RegionSchemas } from '../../api/client';
import { saveFile } from '../../api/saveFile';
import { gatewayHeaders } from '../../api/gatewayHeaders';
import type { paths } from '../../api/generated/region-service';

export type MonitoringTable = RegionSchemas['MonitoringTable'];
export type TableCell = RegionSchemas['Cell'];
export type TableQuery = NonNullable<paths['/api/monitoring/tables/{indicator}']['get']['parameters']['query']>;

/** One monitoring table, suppressed by the service; the screens never see a hidden count. */
export function loadTable(indicator: string, query: TableQuery): Promise<MonitoringTable> {
  return call(regions.GET('/api/monitoring/tables/{indicator}', { params: { path: { indicator }, query } }));
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
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  saveFile(await response.blob(), `kim-${indicator}.csv`);
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

export const LANGUAGE_COURSES = ['LANGUAGE_COURSE', 'INTEGRATION_COURSE', 'LITERACY'];
export const TOOK_PART = ['STARTED', 'COMPLETED'];
