import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import type { CaseSchemas } from '../../api/client';
import { useTeam } from '../../api/reference';
import { DataTable } from '../../components/DataTable';
import { useLabels } from '../../i18n/format';
import { FlagList } from './FlagList';

export type WorklistItem = CaseSchemas['WorklistItem'];
const column = createColumnHelper<WorklistItem>();

/** The cases of a worklist page: whom it is about, why it needs attention, where it stands, who manages it. */
export function WorklistTable({ items, caption }: { items: WorklistItem[]; caption: string }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const team = useTeam();
  const columns = useMemo(
    () => [
      column.display({
        id: 'household',
        header: t('case.household'),
        meta: { card: 'title' },
        cell: ({ row }) => <Household item={row.original} />,
      }),
      column.display({
        id: 'flags',
        header: t('worklist.flags'),
        meta: { card: 'first' },
        cell: ({ row }) => <FlagList caseId={row.original.caseId ?? ''} flags={row.original.flags ?? []} />,
      }),
      column.accessor((item) => labels.label('Priority', item.priority), {
        id: 'priority',
        header: t('case.priority'),
        meta: { card: 'first' },
      }),
      column.accessor((item) => labels.label('CasePhase', item.phase), { id: 'phase', header: t('case.phase') }),
      column.accessor((item) => labels.date(item.nextReview), { id: 'nextReview', header: t('case.nextReview') }),
      column.accessor((item) => labels.date(item.lastActivityAt), { id: 'lastActivity', header: t('worklist.lastActivity') }),
      // Until the team has loaded, a dash; then the name, or "unbekannt" (never the subject).
      column.accessor((item) => (team.members.length ? team.name(item.caseManager, t('worklist.unknownPerson')) : '–'), {
        id: 'caseManager',
        header: t('case.caseManager'),
      }),
    ],
    [t, labels, team],
  );
  return <DataTable caption={caption} columns={columns} data={items} rowKey={(item) => item.caseId ?? ''} testId="worklist" />;
}

/** The household by its first person (the link), the others (a search may have found one of them) and the number. */
function Household({ item }: { item: WorklistItem }) {
  const { t } = useTranslation();
  const others = (item.members ?? []).slice(1);
  return (
    <div className="worklist-household">
      <Link className="kern-link" to={`/cases/${item.caseId}`}>
        {item.household ?? item.number}
      </Link>
      {others.length > 0 && <span className="kern-body kern-body--small">{t('worklist.with', { names: others.join(', ') })}</span>}
      <span className="kern-body kern-body--small worklist-household__number">{item.number}</span>
    </div>
  );
}
