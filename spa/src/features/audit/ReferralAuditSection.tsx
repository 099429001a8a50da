import { useEffect } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { Link, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { call, offers, type OfferSchemas } from '../../api/client';
import { zUuid } from '../../api/generated/offer-service.zod';
import { useProviders } from '../../api/reference';
import { DataTable } from '../../components/DataTable';
import { Form } from '../../components/form/Form';
import { TextInput } from '../../components/form/Inputs';
import { Pager } from '../../components/Pager';
import { QueryStates } from '../../components/States';
import { useApiForm } from '../../forms/useApiForm';
import { useLabels } from '../../i18n/format';
import { SectionHeading } from '../cases/common/SectionHeading';
import { useAuditWords } from './auditWords';

type Entry = OfferSchemas['ReferralAccessEntry'];
const column = createColumnHelper<Entry>();
const SIZE = 25;
const schema = z.object({ referralId: zUuid.optional() });
const auditKey = (referralId: string | undefined, page: number) => ['audit', 'referrals', referralId, page] as const;
const read = (referralId: string | undefined, page: number) =>
  call(offers.GET('/api/referrals/audit', { params: { query: { referralId, page, size: SIZE } } }));

/**
 * The offer-service's part of the audit: who listed, read or changed a referral's data (providers, coordinators,
 * admins, the service itself). A referral's id is the one the case and the Art. 15 export show.
 */
export function ReferralAuditSection() {
  const { t } = useTranslation();
  const labels = useLabels();
  const words = useAuditWords();
  const providers = useProviders();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const referralId = params.get('referralId') || undefined;
  const page = Number(params.get('referralPage') ?? 0);
  const loaded = useQuery({ queryKey: auditKey(referralId, page), queryFn: () => read(referralId, page) });
  const show = (id: string | undefined, nextPage = 0) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [name, value] of [
        ['referralId', id],
        ['referralPage', nextPage ? String(nextPage) : undefined],
      ] as const) {
        if (value) next.set(name, value);
        else next.delete(name);
      }
      return next;
    });
  const api = useApiForm({
    schema,
    defaultValues: { referralId: referralId ?? '' },
    submit: async (values: z.infer<typeof schema>) => {
      const id = values.referralId || undefined;
      const found = await queryClient.fetchQuery({ queryKey: auditKey(id, 0), queryFn: () => read(id, 0) });
      show(id);
      return { found, values };
    },
    confirmation: ({ found }) => t('audit.found', { count: found.total ?? 0 }),
    valuesAfter: ({ values }) => ({ referralId: values.referralId ?? '' }),
  });
  useEffect(() => api.form.reset({ referralId: referralId ?? '' }), [referralId]); // eslint-disable-line react-hooks/exhaustive-deps
  // Providers' names are not the data-protection officer's to list; where unknown, their code is their "Kennung".
  const provider = (code?: string | null) => {
    const name = code ? providers.name(code) : '–';
    return code && name === code ? t('audit.subjectIs', { subject: code }) : name;
  };
  const columns = [
    column.display({ id: 'at', header: t('audit.at'), meta: { card: 'title' }, cell: ({ row }) => labels.dateTime(row.original.at) }),
    column.display({ id: 'actor', header: t('audit.actor'), cell: ({ row }) => words.actor(row.original.actor).name }),
    column.display({ id: 'provider', header: t('referralAudit.provider'), cell: ({ row }) => provider(row.original.provider) }),
    column.display({
      id: 'referral',
      header: t('referralAudit.referral'),
      cell: ({ row }) => (
        <Link className="kern-link audit-id" to={`?referralId=${row.original.referralId}`} title={t('referralAudit.onlyReferral')}>
          {row.original.referralId}
        </Link>
      ),
    }),
    column.display({ id: 'action', header: t('audit.action'), cell: ({ row }) => words.action(row.original.action) }),
    column.display({
      id: 'purpose',
      header: t('audit.purpose'),
      cell: ({ row }) => labels.label('ReferralAccessPurpose', row.original.purpose),
    }),
  ];
  const items = loaded.data?.items ?? [];
  return (
    <section aria-labelledby="referral-audit" className="case-section">
      <SectionHeading id="referral-audit" title={t('referralAudit.title')} />
      <Form api={api} label={t('referralAudit.search')} submit={t('audit.search')}>
        <TextInput name="referralId" label={t('referralAudit.referralId')} hint={t('referralAudit.referralIdHint')} filter />
      </Form>
      <QueryStates query={loaded} empty={{ when: items.length === 0, text: t('audit.empty') }} />
      {items.length > 0 && (
        <>
          <DataTable
            caption={t('referralAudit.title')}
            columns={columns}
            data={items}
            rowKey={(entry) => String(entry.id)}
            testId="referral-audit-entries"
          />
          <Pager page={page} size={SIZE} total={Number(loaded.data?.total ?? 0)} onPage={(next) => show(referralId, next)} />
        </>
      )}
    </section>
  );
}
