import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { useSubregions, useTeam } from '../../api/reference';
import { DataTable } from '../../components/DataTable';
import { Empty, Loading, ProblemAlert } from '../../components/States';
import { useLabels } from '../../i18n/format';
import { memberName } from '../cases/caseInput';
import type { CaseState } from '../cases/caseTypes';
import { ActionButton } from '../cases/common/ActionButton';
import { useCaseAction } from '../cases/common/useCaseAction';
import { focusSoon } from '../cases/common/useEditing';
import { HelpLink } from '../help/HelpLink';
import { useIncomingTransfers, useTransferDecision, type IncomingTransfer } from './incoming';

const column = createColumnHelper<IncomingTransfer>();

/** Cases handed over to the caller or the caller's sub-region: no personal data until a case is taken over. */
export function TransfersPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const team = useTeam();
  const subregions = useSubregions();
  const loaded = useIncomingTransfers();
  const decision = useTransferDecision();
  const action = useCaseAction();
  const [accepted, setAccepted] = useState<CaseState>();
  // Names, never codes: the list waits for the team and the sub-regions.
  const ready = team.members.length > 0 && subregions.subregions.length > 0;

  const from = (incoming: IncomingTransfer) =>
    `${team.name(incoming.fromCaseManager, t('worklist.unknownPerson'))} · ${subregions.name(incoming.fromSubregion)}`;

  async function accept(incoming: IncomingTransfer) {
    const number = incoming.number ?? '';
    let taken: CaseState | undefined;
    const done = await action.run(
      'accept:' + incoming.caseId,
      async () => (taken = await decision.accept(incoming)),
      t('transfer.accepted', { number }),
      {
        title: t('transfer.acceptTitle', { number }),
        body: t('transfer.acceptBody', { from: from(incoming) }),
        confirm: t('transfer.accept'),
      },
    );
    if (done) {
      setAccepted(taken);
      focusSoon('transfers-title');
    }
  }

  async function reject(incoming: IncomingTransfer) {
    const number = incoming.number ?? '';
    const done = await action.run('reject:' + incoming.caseId, () => decision.reject(incoming), t('transfer.rejected', { number }), {
      title: t('transfer.rejectTitle', { number }),
      body: t('transfer.rejectBody', { from: from(incoming) }),
      confirm: t('transfer.reject'),
    });
    if (done) focusSoon('transfers-title');
  }

  const columns = useMemo(
    () => [
      column.accessor('number', {
        header: t('case.number'),
        meta: { card: 'title' },
        cell: ({ getValue }) => <span className="case-number">{getValue()}</span>,
      }),
      column.accessor(from, { id: 'from', header: t('transfer.from') }),
      column.accessor(
        (incoming) => (incoming.transfer?.toCaseManager ? team.name(incoming.transfer.toCaseManager) : t('transfer.anyCaseManager')),
        {
          id: 'to',
          header: t('transfer.to'),
        },
      ),
      column.accessor((incoming) => incoming.transfer?.reason ?? '–', { id: 'reason', header: t('transfer.reason') }),
      column.accessor((incoming) => labels.dateTime(incoming.transfer?.requestedAt), {
        id: 'requested',
        header: t('transfer.requestedAt'),
      }),
      column.display({
        id: 'actions',
        header: t('common.actions'),
        cell: ({ row }) => (
          <div className="card-actions transfer-actions">
            <ActionButton
              kind="primary"
              busy={action.isBusy('accept:' + row.original.caseId)}
              disabled={action.busy !== undefined}
              onClick={() => void accept(row.original)}
              aria-label={t('transfer.acceptCase', { number: row.original.number })}
            >
              {t('transfer.accept')}
            </ActionButton>
            <ActionButton
              busy={action.isBusy('reject:' + row.original.caseId)}
              disabled={action.busy !== undefined}
              onClick={() => void reject(row.original)}
              aria-label={t('transfer.rejectCase', { number: row.original.number })}
            >
              {t('transfer.reject')}
            </ActionButton>
          </div>
        ),
      }),
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, labels, team, subregions, action.busy],
  );

  return (
    <div className="kern-stack">
      <h1 id="transfers-title" className="kern-heading-large" tabIndex={-1}>
        {t('transfer.incoming')}
      </h1>
      <HelpLink topic="transfers" />
      {accepted && (
        <p className="kern-body">
          {t('transfer.takenOver')}{' '}
          <Link className="kern-link" to={`/cases/${accepted.id}`}>
            {t('transfer.openCase', { name: accepted.members?.length ? memberName(accepted.members[0]) : '', number: accepted.number })}
          </Link>
        </p>
      )}
      {action.problem !== undefined && <ProblemAlert error={action.problem} onRetry={() => void loaded.refetch()} />}
      {loaded.error && <ProblemAlert error={loaded.error} onRetry={() => void loaded.refetch()} />}
      {(loaded.isPending || (loaded.data && loaded.data.length > 0 && !ready)) && <Loading />}
      {loaded.data && loaded.data.length === 0 && <Empty text={t('transfer.noneIncoming')} />}
      {ready && loaded.data && loaded.data.length > 0 && (
        <DataTable
          caption={t('transfer.incoming')}
          columns={columns}
          data={loaded.data}
          rowKey={(incoming) => incoming.caseId ?? ''}
          testId="incoming-transfers"
        />
      )}
    </div>
  );
}
