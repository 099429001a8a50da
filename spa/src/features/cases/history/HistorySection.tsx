import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, cases } from '../../../api/client';
import { QueryStates } from '../../../components/States';
import { historyKey } from '../caseData';
import type { CaseState } from '../caseTypes';
import { ActionButton } from '../common/ActionButton';
import { SectionHeading } from '../common/SectionHeading';
import { HistoryEntryView } from './HistoryEntryView';

const PAGE = 25;

/** Who changed what and when, in words, newest first; older entries on demand. */
export function HistorySection({ state }: { state: CaseState }) {
  const { t } = useTranslation();
  const id = state.id!;
  const loaded = useInfiniteQuery({
    queryKey: historyKey(id),
    initialPageParam: 0,
    queryFn: ({ pageParam }) =>
      call(cases.GET('/api/cases/{id}/history', { params: { path: { id }, query: { page: pageParam, size: PAGE } } })),
    getNextPageParam: (last, pages) => (last.length === PAGE ? pages.length : undefined),
  });
  const entries = loaded.data?.pages.flat() ?? [];
  return (
    <section aria-labelledby="history-title" className="case-section">
      <SectionHeading id="history-title" title={t('case.section.history')} />
      <QueryStates query={loaded} />
      <ol className="history-list" data-testid="case-history">
        {entries.map((entry) => (
          <li key={entry.version} className="history-entry">
            <HistoryEntryView entry={entry} />
          </li>
        ))}
      </ol>
      {loaded.hasNextPage && (
        <ActionButton busy={loaded.isFetchingNextPage} onClick={() => void loaded.fetchNextPage()}>
          {t('history.older')}
        </ActionButton>
      )}
    </section>
  );
}
