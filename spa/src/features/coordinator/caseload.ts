import { useQuery } from '@tanstack/react-query';
import { call, cases, type CaseSchemas } from '../../api/client';
import { zCasePhase } from '../../api/generated/case-service.zod';

export type CaseloadSummary = CaseSchemas['CaseloadSummary'];
export type PendingTransfer = CaseSchemas['PendingTransfer'];
export const OPEN_PHASES = zCasePhase.options.filter((phase) => phase !== 'CLOSED');

/** One case manager's open cases by phase. */
export interface ManagerLoad {
  subject: string;
  byPhase: Record<string, number>;
  total: number;
}

/** The sub-region's caseload, counted by the case-service (no household is read for it). */
export function useCaseload() {
  return useQuery({ queryKey: ['caseload'], queryFn: () => call(cases.GET('/api/cases/caseload', {})) });
}

/** The row of the case managers the team does not (or no longer) list, counted together. */
export const OTHERS = '*';

/** Rows per case manager: the team's case managers (idle ones too, they can take cases), the others in one row. */
export function loadsOf(summary: CaseloadSummary, teamCaseManagers: string[]): ManagerLoad[] {
  const loads = new Map<string, ManagerLoad>();
  const loadOf = (subject: string) => {
    if (!loads.has(subject)) loads.set(subject, { subject, byPhase: Object.fromEntries(OPEN_PHASES.map((phase) => [phase, 0])), total: 0 });
    return loads.get(subject)!;
  };
  teamCaseManagers.forEach(loadOf);
  for (const counted of summary.byCaseManager ?? []) {
    const load = loadOf(teamCaseManagers.includes(counted.caseManager ?? '') ? (counted.caseManager ?? '') : OTHERS);
    for (const [phase, count] of Object.entries(counted.phases ?? {})) load.byPhase[phase] = (load.byPhase[phase] ?? 0) + count;
    load.total += counted.open ?? 0;
  }
  return [...loads.values()];
}
