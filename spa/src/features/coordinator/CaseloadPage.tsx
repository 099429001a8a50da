import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { useSubregions, useTeam } from '../../api/reference';
import { useSession } from '../../api/session';
import { DataTable } from '../../components/DataTable';
import { Empty, Loading, ProblemAlert } from '../../components/States';
import { useLabels } from '../../i18n/format';
import { HelpLink } from '../help/HelpLink';
import { OPEN_PHASES, OTHERS, loadsOf, useCaseload, type ManagerLoad } from './caseload';
import { TransferList } from './TransferList';

const column = createColumnHelper<ManagerLoad>();

/** The coordinator's start page: the sub-region's open cases by case manager and phase, and those being handed over. */
export function CaseloadPage() {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const team = useTeam();
  const session = useSession();
  const subregions = useSubregions();
  const loaded = useCaseload();
  const number = new Intl.NumberFormat(i18n.language);
  const caseManagers = team.members.filter((member) => member.subregion === session.subregion && member.role === 'CASE_MANAGER');
  // Counted once the team is known (who is in it decides the rows) and the sub-regions have their names.
  const summary = loaded.data && team.members.length && subregions.subregions.length ? loaded.data : undefined;
  const nameOf = (subject: string) => (subject === OTHERS ? t('caseload.others') : team.name(subject));
  const loads = [
    ...(summary
      ? loadsOf(
          summary,
          caseManagers.map((member) => member.subject ?? ''),
        )
      : []),
  ].sort(
    (a, b) =>
      Number(a.subject === OTHERS) - Number(b.subject === OTHERS) || nameOf(a.subject).localeCompare(nameOf(b.subject), i18n.language),
  );
  const columns = useMemo(
    () => [
      column.display({
        id: 'caseManager',
        header: t('case.caseManager'),
        meta: { card: 'title' },
        cell: ({ row }) =>
          row.original.subject === OTHERS ? (
            nameOf(OTHERS)
          ) : (
            <Link className="kern-link" to={`/worklist?scope=SUBREGION&caseManager=${encodeURIComponent(row.original.subject)}`}>
              {nameOf(row.original.subject)}
            </Link>
          ),
      }),
      ...OPEN_PHASES.map((phase) =>
        column.accessor((load) => number.format(load.byPhase[phase] ?? 0), { id: phase, header: labels.label('CasePhase', phase) }),
      ),
      column.accessor((load) => number.format(load.total), { id: 'total', header: t('caseload.total'), meta: { card: 'first' } }),
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, labels, team.members, i18n.language],
  );
  return (
    <div className="kern-stack">
      <hgroup className="kern-hgroup">
        <h1 className="kern-heading-large">{t('caseload.title')}</h1>
        <p className="kern-subline">{subregions.name(session.subregion)}</p>
      </hgroup>
      <HelpLink topic="caseload" />
      {loaded.error && <ProblemAlert error={loaded.error} onRetry={() => void loaded.refetch()} />}
      {!summary && !loaded.error && <Loading />}
      {summary && (
        <>
          <section aria-labelledby="caseload-by-manager" className="subsection">
            <h2 id="caseload-by-manager" className="kern-heading-medium">
              {t('caseload.byCaseManager')}
            </h2>
            <p className="kern-body">{t('caseload.open', { count: summary.open })}</p>
            {loads.length === 0 ? (
              <Empty text={t('caseload.empty')} />
            ) : (
              <DataTable
                caption={t('caseload.byCaseManager')}
                columns={columns}
                data={loads}
                rowKey={(load) => load.subject}
                testId="caseload"
              />
            )}
          </section>
          <TransferList transfers={summary.transfers ?? []} />
        </>
      )}
    </div>
  );
}
