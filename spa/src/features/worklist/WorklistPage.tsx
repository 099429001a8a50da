import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useTeam } from '../../api/reference';
import { hasRole, useSession } from '../../api/session';
import { Pager } from '../../components/Pager';
import { Empty, Loading, ProblemAlert } from '../../components/States';
import { focusSoon } from '../cases/common/useEditing';
import { HelpLink } from '../help/HelpLink';
import { ScopeToggle } from './ScopeToggle';
import { useSearchWords } from './useSearchWords';
import { useWorklist } from './useWorklist';
import { WorklistFilters } from './WorklistFilters';
import { PAGE_SIZE, queryOf, useWorklistParams, type Scope } from './worklistParams';
import { WorklistTable } from './WorklistTable';

/**
 * The case manager's start page: their open cases, those at risk of getting lost first, and the search for any case of
 * the sub-region by name, number or birth date. Search, filters, scope and page live in the address.
 */
export function WorklistPage() {
  const { t } = useTranslation();
  const session = useSession();
  const team = useTeam();
  const coordinator = hasRole(session, 'coordinator');
  // Coordinators manage no cases of their own: their list is the sub-region's.
  const fallback: Scope = coordinator && !hasRole(session, 'case-manager') ? 'SUBREGION' : 'MINE';
  const { filters, scope, page, setFilters, setScope, setPage, keepWithin } = useWorklistParams(fallback);
  const loaded = useWorklist(queryOf(filters, scope, page));
  const searched = useSearchWords(filters, scope);
  const searching = filters.q.trim() !== '';
  const caseManagers = coordinator
    ? team.members
        .filter((member) => member.subregion === session.subregion && member.role === 'CASE_MANAGER')
        .map((member) => ({ value: member.subject ?? '', label: member.displayName ?? '' }))
    : undefined;
  const result = loaded.data;
  const total = result?.total ?? 0;
  useEffect(() => {
    if (result && !loaded.isPlaceholderData) keepWithin(result.total ?? 0);
  }, [result, loaded.isPlaceholderData]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <div className="kern-stack worklist">
      <h1 className="kern-heading-large">{t('worklist.title')}</h1>
      <HelpLink topic="worklist" />
      <WorklistFilters filters={filters} onChange={setFilters} caseManagers={caseManagers}>
        <ScopeToggle scope={scope} onChange={setScope} searching={searching} />
      </WorklistFilters>
      {loaded.error && <ProblemAlert error={loaded.error} onRetry={() => void loaded.refetch()} />}
      {!result && loaded.isPending && <Loading />}
      {result && (
        <section aria-labelledby="worklist-result" aria-busy={loaded.isPlaceholderData || undefined} className="worklist__result">
          <div role="status" className="worklist__summary">
            <div className="worklist__count">
              <h2 id="worklist-result" className="kern-heading-small" tabIndex={-1}>
                {total === 0
                  ? t('worklist.nothingFound')
                  : searching
                    ? t('worklist.found', { count: total })
                    : t('worklist.count', { count: total })}
              </h2>
              {loaded.isPlaceholderData && (
                <span className="kern-body kern-body--small" aria-hidden="true">
                  {t('worklist.updating')}
                </span>
              )}
            </div>
            {searched && <p className="kern-body kern-body--small">{searched}</p>}
          </div>
          {total === 0 ? (
            <Empty text={searching || searched ? t('worklist.nothingFoundHint') : t('worklist.empty')} />
          ) : (
            <>
              <WorklistTable items={result.items ?? []} caption={t('worklist.caption')} />
              <Pager
                page={page}
                size={PAGE_SIZE}
                total={total}
                onPage={(next) => {
                  setPage(next);
                  focusSoon('worklist-result');
                }}
              />
            </>
          )}
        </section>
      )}
    </div>
  );
}
