import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, cases } from '../../api/client';
import { useLoad } from '../../api/useLoad';
import { useLabels } from '../../i18n/format';
import { Button, TextField } from '../../components/Fields';
import { Pager } from '../../components/Pager';
import { Empty, Loading, ProblemAlert } from '../../components/States';
import { ReferralAuditSection } from './ReferralAuditSection';
import { SubjectExportForm } from './SubjectExportForm';

/** The data-protection officer's audit search: who read or changed which case, when, acting for whom, and why. */
export function AuditPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const [filter, setFilter] = useState({ caseId: '', personId: '', actor: '', from: '', to: '' });
  const [applied, setApplied] = useState(filter);
  const [page, setPage] = useState(0);
  const loaded = useLoad(
    () =>
      call(
        cases.GET('/api/cases/audit', {
          params: {
            query: {
              caseId: applied.caseId || undefined,
              personId: applied.personId || undefined,
              actor: applied.actor || undefined,
              from: applied.from ? new Date(applied.from).toISOString() : undefined,
              to: applied.to ? new Date(applied.to).toISOString() : undefined,
              page,
              size: 50,
            },
          },
        }),
      ),
    [applied, page],
  );
  return (
    <div className="kern-stack">
      <h1 className="kern-heading-large">{t('audit.title')}</h1>
      <form className="filter-bar" role="search" onSubmit={(event) => (event.preventDefault(), setPage(0), setApplied(filter))}>
        <TextField
          label={t('audit.caseId')}
          field="caseId"
          value={filter.caseId}
          onChange={(caseId) => setFilter({ ...filter, caseId })}
          error={loaded.error}
        />
        <TextField
          label={t('audit.personId')}
          field="personId"
          value={filter.personId}
          onChange={(personId) => setFilter({ ...filter, personId })}
          error={loaded.error}
          hint={t('audit.personIdHint')}
        />
        <TextField
          label={t('audit.actor')}
          field="actor"
          value={filter.actor}
          onChange={(actor) => setFilter({ ...filter, actor })}
          error={loaded.error}
          hint={t('audit.actorHint')}
        />
        <TextField
          label={t('audit.from')}
          field="from"
          type="datetime-local"
          value={filter.from}
          onChange={(from) => setFilter({ ...filter, from })}
          error={loaded.error}
        />
        <TextField
          label={t('audit.to')}
          field="to"
          type="datetime-local"
          value={filter.to}
          onChange={(to) => setFilter({ ...filter, to })}
          error={loaded.error}
        />
        <Button type="submit">{t('audit.search')}</Button>
      </form>
      {loaded.loading && !loaded.data && <Loading />}
      {loaded.error !== undefined && <ProblemAlert error={loaded.error} />}
      {loaded.data && (loaded.data.items ?? []).length === 0 && <Empty text={t('audit.empty')} />}
      {loaded.data && (loaded.data.items ?? []).length > 0 && (
        <>
          <p className="kern-body kern-body--small">{t('audit.total', { total: loaded.data.total })}</p>
          <table className="kern-table kern-table--small" data-testid="audit-entries">
            <thead className="kern-table__header">
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">
                  {t('audit.at')}
                </th>
                <th scope="col" className="kern-table__header">
                  {t('audit.actor')}
                </th>
                <th scope="col" className="kern-table__header">
                  {t('audit.actingAuthority')}
                </th>
                <th scope="col" className="kern-table__header">
                  {t('audit.caseId')}
                </th>
                <th scope="col" className="kern-table__header">
                  {t('audit.action')}
                </th>
                <th scope="col" className="kern-table__header">
                  {t('audit.purpose')}
                </th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {(loaded.data.items ?? []).map((entry) => (
                <tr key={entry.id} className="kern-table__row">
                  <td className="kern-table__cell">{labels.dateTime(entry.at)}</td>
                  <td className="kern-table__cell">
                    <code>{entry.actor}</code>
                  </td>
                  <td className="kern-table__cell">{labels.label('Authority', entry.actingAuthority)}</td>
                  <td className="kern-table__cell">
                    <code>{entry.caseId ?? '–'}</code>
                  </td>
                  <td className="kern-table__cell">{entry.action}</td>
                  <td className="kern-table__cell">{labels.label('AccessPurpose', entry.purpose)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager page={page} size={50} total={loaded.data.total ?? 0} onPage={setPage} />
        </>
      )}
      <ReferralAuditSection />
      <SubjectExportForm />
    </div>
  );
}
