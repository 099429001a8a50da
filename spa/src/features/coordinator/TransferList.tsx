import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { useSubregions, useTeam } from '../../api/reference';
import { DataTable } from '../../components/DataTable';
import { Empty } from '../../components/States';
import { useLabels } from '../../i18n/format';
import type { PendingTransfer } from './caseload';

const column = createColumnHelper<PendingTransfer>();

/** The sub-region's cases waiting to be handed over: which, whose, to where and whom, since when. */
export function TransferList({ transfers }: { transfers: PendingTransfer[] }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const team = useTeam();
  const subregions = useSubregions();
  const columns = useMemo(
    () => [
      column.display({
        id: 'case',
        header: t('case.number'),
        meta: { card: 'title' },
        cell: ({ row }) => (
          <Link className="kern-link" to={`/cases/${row.original.caseId}`}>
            {row.original.number}
          </Link>
        ),
      }),
      column.accessor((transfer) => team.name(transfer.caseManager, t('worklist.unknownPerson')), {
        id: 'from',
        header: t('case.caseManager'),
      }),
      column.accessor(
        (transfer) =>
          [
            subregions.name(transfer.toSubregion),
            transfer.toCaseManager ? team.name(transfer.toCaseManager, t('worklist.unknownPerson')) : t('transfer.anyCaseManager'),
          ].join(' · '),
        { id: 'to', header: t('caseload.to'), meta: { card: 'first' } },
      ),
      column.accessor((transfer) => labels.date(transfer.requestedAt), { id: 'requested', header: t('transfer.requestedAt') }),
    ],
    [t, labels, team, subregions],
  );
  return (
    <section aria-labelledby="caseload-transferring" className="subsection">
      <h2 id="caseload-transferring" className="kern-heading-medium">
        {t('caseload.transferring')}
      </h2>
      {transfers.length === 0 ? (
        <Empty text={t('caseload.noTransfers')} />
      ) : (
        <DataTable caption={t('caseload.transferring')} columns={columns} data={transfers} rowKey={(transfer) => transfer.caseId ?? ''} />
      )}
    </section>
  );
}
