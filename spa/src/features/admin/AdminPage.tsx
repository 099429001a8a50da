import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { call, cases, regions, type CaseSchemas } from '../../api/client';
import { useAnnounce } from '../../components/Announcer';
import { DataTable } from '../../components/DataTable';
import { Loading, ProblemAlert } from '../../components/States';
import { useLabels } from '../../i18n/format';
import { ActionButton } from '../cases/common/ActionButton';
import { SectionHeading } from '../cases/common/SectionHeading';
import { HelpLink } from '../help/HelpLink';

type View = CaseSchemas['ViewReport'];
const column = createColumnHelper<View>();
const consistencyKey = ['admin', 'consistency'] as const;

/**
 * Operators: the API documents, the authority views' consistency with the cases (and their rebuild from the topic),
 * and a recount of the monitoring from the topics.
 */
export function AdminPage() {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const number = new Intl.NumberFormat(i18n.language);
  // Comparing every view with its cases takes seconds in a district: checked when asked for, not on every visit.
  const [checking, setChecking] = useState(false);
  const report = useQuery({
    queryKey: consistencyKey,
    queryFn: () => call(cases.GET('/api/views/consistency', {})),
    enabled: checking,
  });
  const columns = [
    column.display({
      id: 'view',
      header: t('admin.view'),
      meta: { card: 'title' },
      cell: ({ row }) => labels.label('Authority', row.original.authority),
    }),
    column.display({ id: 'entries', header: t('admin.entries'), cell: ({ row }) => number.format(Number(row.original.entries ?? 0)) }),
    column.display({ id: 'behind', header: t('admin.behind'), cell: ({ row }) => number.format(Number(row.original.behindCount ?? 0)) }),
    column.display({ id: 'drift', header: t('admin.drift'), cell: ({ row }) => number.format(Number(row.original.driftCount ?? 0)) }),
  ];
  const rebuild = useMutation({
    mutationFn: () => call(cases.POST('/api/views/rebuild', {})),
    onSuccess: async (rebuilt) => {
      announce(
        t('admin.rebuilt', { entries: number.format(Number(rebuilt.entries ?? 0)), changed: number.format(Number(rebuilt.changed ?? 0)) }),
      );
      // The consistency after the rebuild is new information: read it once.
      setChecking(true);
      await queryClient.invalidateQueries({ queryKey: consistencyKey });
    },
  });
  const recount = useMutation({
    mutationFn: () => call(regions.POST('/api/monitoring/rebuild', {})),
    onSuccess: (counted) =>
      announce(
        t('admin.recounted', { events: number.format(Number(counted.eventsRead ?? 0)), cells: number.format(Number(counted.cells ?? 0)) }),
      ),
  });
  const data = report.data;
  return (
    <div className="kern-stack">
      <h1 className="kern-heading-large">{t('admin.title')}</h1>
      <HelpLink topic="admin" />
      <p className="kern-body">
        <a className="kern-link" href="/api-docs">
          {t('admin.apiDocs')}
        </a>
      </p>
      <section aria-labelledby="admin-views" className="case-section">
        <SectionHeading id="admin-views" title={t('admin.views')}>
          <ActionButton busy={checking && report.isFetching} onClick={() => (checking ? void report.refetch() : setChecking(true))}>
            {t('admin.check')}
          </ActionButton>
          <ActionButton busy={rebuild.isPending} onClick={() => rebuild.mutate()}>
            {t('admin.rebuild')}
          </ActionButton>
        </SectionHeading>
        {rebuild.isPending && (
          <p className="kern-body" role="status">
            {t('admin.rebuilding')}
          </p>
        )}
        {rebuild.error && <ProblemAlert error={rebuild.error} onRetry={() => rebuild.mutate()} />}
        {checking && report.isPending && <Loading />}
        {report.error && <ProblemAlert error={report.error} onRetry={() => void report.refetch()} />}
        {data && (
          <>
            <p className="kern-body">
              {t('admin.checked', {
                at: labels.dateTime(data.checkedAt),
                cases: number.format(Number(data.cases ?? 0)),
                behind: number.format(Number(data.casesBehind ?? 0)),
                drift: number.format(Number(data.drift ?? 0)),
              })}
            </p>
            {Number(data.consumerLag ?? 0) > 0 && (
              <p className="kern-body">
                {t('admin.lag', {
                  events: number.format(Number(data.consumerLag)),
                  seconds: number.format(Number(data.oldestPendingSeconds ?? 0)),
                })}
              </p>
            )}
            <DataTable
              caption={t('admin.views')}
              columns={columns}
              data={data.views ?? []}
              rowKey={(view) => view.authority ?? ''}
              testId="admin-views"
            />
          </>
        )}
      </section>
      <section aria-labelledby="admin-monitoring" className="case-section">
        <SectionHeading id="admin-monitoring" title={t('admin.monitoring')}>
          <ActionButton busy={recount.isPending} onClick={() => recount.mutate()}>
            {t('admin.recount')}
          </ActionButton>
        </SectionHeading>
        <p className="kern-body">{t('admin.monitoringIntro')}</p>
        {recount.error && <ProblemAlert error={recount.error} onRetry={() => recount.mutate()} />}
      </section>
    </div>
  );
}
