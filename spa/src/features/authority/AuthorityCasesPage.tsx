import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/session';
import { DataTable } from '../../components/DataTable';
import { QueryStates } from '../../components/States';
import { useLabels } from '../../i18n/format';
import { ActionButton } from '../cases/common/ActionButton';
import { HelpLink } from '../help/HelpLink';
import { ContactLinks } from './CaseContact';
import { householdNames, useAuthorityCases, viewData, type ViewCase } from './viewData';

const column = createColumnHelper<ViewCase>();

/** Authority staff: the cases their authority takes part in, what each shares, and whom to call about it. */
export function AuthorityCasesPage() {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const { authority = '' } = useSession();
  const loaded = useAuthorityCases(authority);
  const views = useMemo(() => loaded.data?.pages.flat() ?? [], [loaded.data]);
  const columns = [
    column.display({
      id: 'case',
      header: t('authorityView.case'),
      meta: { card: 'title' },
      cell: ({ row }) => {
        const data = viewData(row.original);
        return (
          <div className="stacked-cell">
            <Link className="kern-link" to={`/authority/cases/${row.original.caseId}`}>
              {data.number}
            </Link>
            {data.fileReference && (
              <span className="kern-body--small">{t('authorityView.fileReferenceIs', { reference: data.fileReference })}</span>
            )}
          </div>
        );
      },
    }),
    column.display({
      id: 'household',
      header: t('authorityView.household'),
      cell: ({ row: { original: row } }) => householdNames(viewData(row)).join(', ') || t('authorityView.noMasterData'),
    }),
    column.display({
      id: 'phase',
      header: t('case.phase'),
      cell: ({ row: { original: row } }) => (viewData(row).phase ? labels.label('CasePhase', viewData(row).phase) : '–'),
    }),
    column.display({
      id: 'shared',
      header: t('authorityView.shared'),
      cell: ({ row: { original: row } }) => (row.categories ?? []).map((category) => labels.label('DataCategory', category)).join(', '),
    }),
    column.display({
      id: 'contact',
      header: t('authorityView.contactShort'),
      cell: ({ row }) =>
        row.original.contact?.name ? (
          <div className="stacked-cell">
            <span>{row.original.contact.name}</span>
            <ContactLinks contact={row.original.contact} />
          </div>
        ) : (
          t('authorityView.contactUnknown')
        ),
    }),
  ];
  const count = new Intl.NumberFormat(i18n.language).format(views.length);
  return (
    <div className="kern-stack">
      <hgroup className="kern-hgroup">
        <h1 className="kern-heading-large">{t('authorityView.title', { authority: labels.label('Authority', authority) })}</h1>
        <p className="kern-subline">{t('authorityView.intro')}</p>
      </hgroup>
      <HelpLink topic="authority" />
      <QueryStates query={loaded} empty={{ when: views.length === 0, text: t('authorityView.empty') }} />
      {views.length > 0 && (
        <>
          <p className="kern-body" role="status">
            {loaded.hasNextPage
              ? t('authorityView.shownMore', { count: views.length, shown: count })
              : t('authorityView.shown', { count: views.length, shown: count })}
          </p>
          <DataTable
            caption={t('authorityView.caption')}
            columns={columns}
            data={views}
            rowKey={(view) => view.caseId ?? ''}
            testId="authority-cases"
          />
          {loaded.hasNextPage && (
            <ActionButton busy={loaded.isFetchingNextPage} onClick={() => void loaded.fetchNextPage()}>
              {t('authorityView.more')}
            </ActionButton>
          )}
        </>
      )}
    </div>
  );
}
