import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import type { CaseSchemas } from '../../api/client';
import { DataTable } from '../../components/DataTable';
import { Empty } from '../../components/States';
import { useLabels } from '../../i18n/format';
import { SectionHeading } from '../cases/common/SectionHeading';
import { ConferenceList } from '../cases/conferences/ConferenceList';
import { ReferralStatusBadge } from '../cases/referrals/ReferralStatusBadge';
import { useMemberName, type ViewData } from './viewData';

type Referral = CaseSchemas['Referral'];
const column = createColumnHelper<Referral>();

/** Referrals to offers in the shared categories, with the provider's answer. */
export function ViewReferrals({ data }: { data: ViewData }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const memberName = useMemberName(data);
  const referrals = data.referrals ?? [];
  const columns = [
    column.accessor('offerTitle', { header: t('referral.offer'), meta: { card: 'title' } }),
    column.display({ id: 'member', header: t('referral.member'), cell: ({ row: { original: row } }) => memberName(row.memberId) }),
    column.display({
      id: 'status',
      header: t('referral.status'),
      meta: { card: 'first' },
      cell: ({ row }) => <ReferralStatusBadge referral={row.original} />,
    }),
    column.display({
      id: 'requested',
      header: t('referral.requestedAt'),
      cell: ({ row: { original: row } }) => labels.date(row.requestedAt),
    }),
    column.display({
      id: 'answered',
      header: t('authorityView.statusSince'),
      cell: ({ row: { original: row } }) => labels.date(row.statusAt),
    }),
  ];
  return (
    <section aria-labelledby="view-referrals" className="case-section">
      <SectionHeading id="view-referrals" title={t('authorityView.section.referrals')} />
      {referrals.length === 0 ? (
        <Empty text={t('authorityView.noReferrals')} />
      ) : (
        <DataTable
          caption={t('authorityView.section.referrals')}
          columns={columns}
          data={referrals}
          rowKey={(row) => row.id ?? ''}
          testId="authority-referrals"
        />
      )}
    </section>
  );
}

/** The case conferences the authority took part in, with the decisions in the shared categories. */
export function ViewConferences({ data }: { data: ViewData }) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <section aria-labelledby="view-conferences" className="case-section">
      <SectionHeading id="view-conferences" title={t('authorityView.section.conferences')} />
      <ConferenceList
        conferences={data.conferences ?? []}
        none={t('authorityView.noConferences')}
        noDecisions={t('authorityView.noDecisions')}
        decision={(decision) => (
          <>
            {decision.text} <span className="kern-body--small">({labels.label('DataCategory', decision.category)})</span>
          </>
        )}
      />
    </section>
  );
}
