import { useTranslation } from 'react-i18next';
import { useTeam } from '../../api/reference';
import { useLabels } from '../../i18n/format';
import type { Scope, WorklistFilters } from './worklistParams';

/**
 * What was searched and filtered, in words ("Gesucht: „Mohammed“ · Phase: Abgeschlossen"), so that a short or empty list
 * says why; '' for the plain worklist.
 */
export function useSearchWords(filters: WorklistFilters, scope: Scope): string {
  const { t } = useTranslation();
  const labels = useLabels();
  const team = useTeam();
  const q = filters.q.trim();
  const parts = [
    q && t('worklist.searched', { q }),
    filters.phase && `${t('case.phase')}: ${labels.label('CasePhase', filters.phase)}`,
    filters.flag && `${t('worklist.flagFilter')}: ${labels.label('Flag', filters.flag)}`,
    filters.priority && `${t('case.priority')}: ${labels.label('Priority', filters.priority)}`,
    filters.caseManager && `${t('case.caseManager')}: ${team.name(filters.caseManager, t('worklist.unknownPerson'))}`,
    filters.inactiveDays && t('worklist.inactiveAfter', { count: Number(filters.inactiveDays) }),
  ].filter(Boolean);
  if (parts.length === 0) return '';
  const where = q ? t('worklist.searchScope') : scope === 'SUBREGION' ? t('worklist.scopeSUBREGION') : t('worklist.scopeMINE');
  return [...parts, where].join(' · ');
}
