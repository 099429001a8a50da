import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { call, cases, type CaseSchemas } from '../../../api/client';
import { DataTable } from '../../../components/DataTable';
import { QueryStates } from '../../../components/States';
import { useLabels } from '../../../i18n/format';
import { memberNameOf } from '../caseInput';
import type { CaseState } from '../caseTypes';
import { SectionHeading } from '../common/SectionHeading';
import { ReferralStatusBadge } from './ReferralStatusBadge';

type ReferralView = CaseSchemas['ReferralView'];
const column = createColumnHelper<ReferralView>();

/** Referrals to offers with the providers' answers (they arrive as events) and whether an answer is overdue. */
export function ReferralsSection({ state }: { state: CaseState }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const id = state.id!;
  // The case's version moves with every answer, so the list follows the case.
  const answers = (state.referrals ?? []).map((referral) => referral.statusVersion).join();
  const loaded = useQuery({
    queryKey: ['case', id, 'referrals', answers],
    queryFn: () => call(cases.GET('/api/cases/{id}/referrals', { params: { path: { id } } })),
  });
  const columns = useMemo(
    () => [
      column.accessor((row) => row.referral?.offerTitle, { id: 'offer', header: t('referral.offer'), meta: { card: 'title' } }),
      column.accessor((row) => memberNameOf(state, row.referral?.memberId), { id: 'member', header: t('referral.member') }),
      column.display({
        id: 'status',
        header: t('referral.status'),
        meta: { card: 'first' },
        cell: ({ row }) => <ReferralStatusBadge referral={row.original.referral} />,
      }),
      column.accessor((row) => labels.date(row.referral?.requestedAt), { id: 'requested', header: t('referral.requestedAt') }),
      column.display({
        id: 'due',
        header: t('referral.answerDue'),
        cell: ({ row }) =>
          row.original.referral?.status === 'REQUESTED' ? (
            <>
              {labels.dateTime(row.original.dueBy)}{' '}
              {row.original.overdue && (
                <span className="kern-badge kern-badge--danger">
                  <span className="kern-label">{t('referral.overdue')}</span>
                </span>
              )}
            </>
          ) : (
            '–'
          ),
      }),
    ],
    [t, labels, state],
  );
  return (
    <section aria-labelledby="referrals-title" className="case-section">
      <SectionHeading id="referrals-title" title={t('case.section.referrals')}>
        <Link className="kern-btn kern-btn--secondary" to={`/offers?case=${id}`}>
          <span className="kern-label">{t('referral.find')}</span>
        </Link>
      </SectionHeading>
      <QueryStates query={loaded} empty={{ when: loaded.data?.length === 0, text: t('referral.none') }} />
      {loaded.data && loaded.data.length > 0 && (
        <DataTable
          caption={t('case.section.referrals')}
          columns={columns}
          data={loaded.data}
          rowKey={(row) => row.referral?.id ?? ''}
          testId="case-referrals"
        />
      )}
    </section>
  );
}
