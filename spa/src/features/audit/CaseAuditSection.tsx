import { useEffect } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { Link, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { call, cases, type CaseSchemas } from '../../api/client';
import { zUuid } from '../../api/generated/case-service.zod';
import { DataTable } from '../../components/DataTable';
import { Form } from '../../components/form/Form';
import { TextInput } from '../../components/form/Inputs';
import { Pager } from '../../components/Pager';
import { QueryStates } from '../../components/States';
import { withoutEmptyValues } from '../../forms/schemas';
import { useApiForm } from '../../forms/useApiForm';
import { useLabels } from '../../i18n/format';
import { SectionHeading } from '../cases/common/SectionHeading';
import { dayRange, useAuditWords } from './auditWords';

type Entry = CaseSchemas['AuditEntry'];
const column = createColumnHelper<Entry>();
const SIZE = 25;
const FIELDS = ['caseId', 'personId', 'actor', 'from', 'to'] as const;
const schema = z.object({
  caseId: zUuid.optional(),
  personId: zUuid.optional(),
  actor: z.string().max(100).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
type Filters = z.infer<typeof schema>;

function queryOf(filters: Filters, page: number) {
  return {
    caseId: filters.caseId,
    personId: filters.personId,
    actor: filters.actor,
    ...dayRange(filters.from, filters.to),
    page,
    size: SIZE,
  };
}
const auditKey = (filters: Filters, page: number) => ['audit', 'cases', filters, page] as const;
const read = (filters: Filters, page: number) => call(cases.GET('/api/cases/audit', { params: { query: queryOf(filters, page) } }));

/** Who read or changed which case's data, when, for which authority and why: searched, newest first. */
export function CaseAuditSection() {
  const { t } = useTranslation();
  const labels = useLabels();
  const words = useAuditWords();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const filters = withoutEmptyValues(Object.fromEntries(FIELDS.map((name) => [name, params.get(name) ?? ''])) as Filters);
  const page = Number(params.get('page') ?? 0);
  const loaded = useQuery({ queryKey: auditKey(filters, page), queryFn: () => read(filters, page) });
  const show = (next: Filters, nextPage = 0) =>
    setParams((current) => {
      const params = new URLSearchParams(current);
      const values: Record<string, string | undefined> = { ...withoutEmptyValues(next), page: nextPage ? String(nextPage) : undefined };
      for (const name of [...FIELDS, 'page']) {
        if (values[name]) params.set(name, values[name]);
        else params.delete(name);
      }
      return params;
    });
  const api = useApiForm({
    schema,
    defaultValues: Object.fromEntries(FIELDS.map((name) => [name, filters[name] ?? ''])) as Filters,
    submit: async (values: Filters) => {
      const found = await queryClient.fetchQuery({
        queryKey: auditKey(withoutEmptyValues(values), 0),
        queryFn: () => read(withoutEmptyValues(values), 0),
      });
      show(values);
      return { found, values };
    },
    confirmation: ({ found }) => t('audit.found', { count: found.total ?? 0 }),
    valuesAfter: ({ values }) => values,
  });
  // A link in the log (this person, this case) or "Zurück" changes the address: the form shows what is searched.
  const shown = JSON.stringify(filters);
  useEffect(() => api.form.reset(Object.fromEntries(FIELDS.map((name) => [name, filters[name] ?? ''])) as Filters), [shown]); // eslint-disable-line react-hooks/exhaustive-deps
  const columns = [
    column.display({ id: 'at', header: t('audit.at'), meta: { card: 'title' }, cell: ({ row }) => labels.dateTime(row.original.at) }),
    column.display({
      id: 'actor',
      header: t('audit.actor'),
      cell: ({ row }) => (
        <div className="stacked-cell">
          <Link className="kern-link" to={`?actor=${encodeURIComponent(row.original.actor ?? '')}`} title={t('audit.onlyActor')}>
            {words.actor(row.original.actor).name}
          </Link>
          {row.original.actingAuthority && (
            <span className="kern-body--small">
              {t('audit.forAuthority', { authority: labels.label('Authority', row.original.actingAuthority) })}
            </span>
          )}
        </div>
      ),
    }),
    column.display({
      id: 'case',
      header: t('audit.case'),
      cell: ({ row }) => {
        const { caseId, casesRead } = row.original;
        if (caseId) return <CaseLink caseId={caseId} />;
        if (!casesRead?.length) return '–';
        // A list call (worklist, search, view page) is one entry naming every case it showed.
        return (
          <details className="audit-cases">
            <summary className="kern-link">{t('audit.casesRead', { count: casesRead.length })}</summary>
            <ul className="kern-list">
              {casesRead.map((id) => (
                <li key={id}>
                  <CaseLink caseId={id} />
                </li>
              ))}
            </ul>
          </details>
        );
      },
    }),
    column.display({ id: 'action', header: t('audit.action'), cell: ({ row }) => words.action(row.original.action) }),
    column.display({ id: 'purpose', header: t('audit.purpose'), cell: ({ row }) => labels.label('AccessPurpose', row.original.purpose) }),
  ];
  const items = loaded.data?.items ?? [];
  return (
    <section aria-labelledby="case-audit" className="case-section">
      <SectionHeading id="case-audit" title={t('audit.cases')} />
      <Form api={api} label={t('audit.searchCases')} submit={t('audit.search')} className="stacked-form audit-search">
        <div className="form-grid">
          <TextInput name="caseId" label={t('audit.caseId')} hint={t('audit.caseIdHint')} filter />
          <TextInput name="personId" label={t('audit.personId')} hint={t('audit.personIdHint')} filter />
          <TextInput name="actor" label={t('audit.actorId')} hint={t('audit.actorHint')} filter />
          <TextInput name="from" label={t('audit.from')} type="date" filter />
          <TextInput name="to" label={t('audit.to')} type="date" filter />
        </div>
      </Form>
      <QueryStates query={loaded} empty={{ when: items.length === 0, text: t('audit.empty') }} />
      {items.length > 0 && (
        <>
          <DataTable
            caption={t('audit.cases')}
            columns={columns}
            data={items}
            rowKey={(entry) => String(entry.id)}
            testId="audit-entries"
          />
          <Pager page={page} size={SIZE} total={Number(loaded.data?.total ?? 0)} onPage={(next) => show(filters, next)} />
        </>
      )}
    </section>
  );
}

function CaseLink({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  return (
    <Link className="kern-link audit-id" to={`?caseId=${caseId}`} title={t('audit.onlyCase')}>
      {caseId}
    </Link>
  );
}
