import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { call, cases } from '../../api/client';
import { useSession } from '../../api/session';
import { useLoad } from '../../api/useLoad';
import { useTeam } from '../../api/useTeam';
import { useLabels } from '../../i18n/format';
import { Empty, Loading, ProblemAlert } from '../../components/States';
import { type CaseState } from '../cases/caseTypes';
import { CASE_PHASES } from '../../api/enums';

/** Loads every open case of the sub-region, page by page (the API pages at 100). */
async function allCases(): Promise<CaseState[]> {
  const found: CaseState[] = [];
  for (let page = 0; ; page++) {
    const result = await call(cases.GET('/api/cases', { params: { query: { page, size: 100 } } }));
    found.push(...(result.items ?? []));
    if (found.length >= (result.total ?? 0) || (result.items ?? []).length === 0) return found;
  }
}

/** The coordinator's start page: the sub-region's caseload by case manager and phase, unassigned and transferred cases. */
export function CaseloadPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const team = useTeam();
  const session = useSession();
  const loaded = useLoad(allCases, []);
  const open = (loaded.data ?? []).filter((state) => state.phase !== 'CLOSED');
  const byManager = new Map<string, CaseState[]>();
  for (const state of open.filter((candidate) => candidate.caseManager)) {
    byManager.set(state.caseManager!, [...(byManager.get(state.caseManager!) ?? []), state]);
  }
  const unassigned = open.filter((state) => !state.caseManager);
  const transferring = open.filter((state) => state.transfer);
  const phases = CASE_PHASES.filter((phase) => phase !== 'CLOSED');
  return (
    <div className="kern-stack">
      <h1 className="kern-heading-large">{t('caseload.title', { subregion: session.subregion })}</h1>
      {loaded.loading && !loaded.data && <Loading />}
      {loaded.error !== undefined && <ProblemAlert error={loaded.error} onRetry={loaded.reload} />}
      {loaded.data && open.length === 0 && <Empty text={t('caseload.empty')} />}
      {byManager.size > 0 && (
        <table className="kern-table" data-testid="caseload">
          <caption className="kern-title">{t('caseload.byCaseManager')}</caption>
          <thead className="kern-table__header">
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">
                {t('case.caseManager')}
              </th>
              {phases.map((phase) => (
                <th key={phase} scope="col" className="kern-table__header kern-table__header--numeric">
                  {labels.label('CasePhase', phase)}
                </th>
              ))}
              <th scope="col" className="kern-table__header kern-table__header--numeric">
                {t('caseload.total')}
              </th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {[...byManager.entries()]
              .sort(([a], [b]) => a.localeCompare(b))
              .map(([manager, owned]) => (
                <tr key={manager} className="kern-table__row">
                  <th scope="row" className="kern-table__cell">
                    {team.name(manager)}
                  </th>
                  {phases.map((phase) => (
                    <td key={phase} className="kern-table__cell kern-table__cell--numeric">
                      {owned.filter((state) => state.phase === phase).length}
                    </td>
                  ))}
                  <td className="kern-table__cell kern-table__cell--numeric">{owned.length}</td>
                </tr>
              ))}
          </tbody>
        </table>
      )}
      <CaseList title={t('caseload.unassigned')} list={unassigned} empty={t('caseload.noUnassigned')} />
      <CaseList title={t('caseload.transferring')} list={transferring} empty={t('caseload.noTransfers')} />
    </div>
  );
}

function CaseList({ title, list, empty }: { title: string; list: CaseState[]; empty: string }) {
  const labels = useLabels();
  const team = useTeam();
  return (
    <section aria-label={title}>
      <h2 className="kern-heading-medium">{title}</h2>
      {list.length === 0 ? (
        <Empty text={empty} />
      ) : (
        <ul className="kern-list">
          {list.map((state) => (
            <li key={state.id}>
              <Link className="kern-link" to={`/cases/${state.id}`}>
                {state.number}
              </Link>{' '}
              · {labels.label('CasePhase', state.phase)}
              {state.transfer &&
                ` → ${state.transfer.toSubregion} ${state.transfer.toCaseManager ? team.name(state.transfer.toCaseManager) : ''}`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
