import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Pager } from '../../components/Pager';
import { Empty, Loading, ProblemAlert } from '../../components/States';
import { HelpLink } from '../help/HelpLink';
import { useCase } from '../cases/caseData';
import { memberName } from '../cases/caseInput';
import type { CaseState } from '../cases/caseTypes';
import { ActionButton } from '../cases/common/ActionButton';
import { focusSoon, useEditing } from '../cases/common/useEditing';
import { OfferCard } from './OfferCard';
import { OfferFilters } from './OfferFilters';
import { useOfferSearch } from './offerData';
import { PAGE_SIZE, queryOf, useOfferSearchParams } from './offerSearchParams';
import { ReferForm } from './ReferForm';

/**
 * The offer search with the filters a case manager needs. Opened from a case (/offers?case=…) it says for whom, can
 * narrow the offers to those a person of the case may attend, and refers that person from the offer's card.
 */
export function OfferSearchPage() {
  const search = useOfferSearchParams();
  return search.caseId ? <ForCase search={search} caseId={search.caseId} /> : <OfferSearch search={search} />;
}

type Search = ReturnType<typeof useOfferSearchParams>;

/** The search for a case: the case from the cache (or loaded once), whose version a referral is sent with. */
function ForCase({ search, caseId }: { search: Search; caseId: string }) {
  const kase = useCase(caseId);
  return <OfferSearch search={search} state={kase.data?.state} problem={kase.error} onRetry={() => void kase.refetch()} />;
}

function OfferSearch({ search, state, problem, onRetry }: { search: Search; state?: CaseState; problem?: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const { filters, caseId, page, setFilters, setPage } = search;
  const person = state?.members?.find((member) => member.id === filters.person);
  const loaded = useOfferSearch(queryOf(filters, person, page));
  const editing = useEditing();
  const result = loaded.data;
  const total = result?.total ?? 0;
  const people = state?.members?.map((member) => ({ value: member.id ?? '', label: memberName(member) }));
  return (
    <div className="kern-stack offer-search">
      <hgroup className="kern-hgroup">
        <h1 className="kern-heading-large">{t('offers.title')}</h1>
        {caseId && (
          <p className="kern-subline">
            {state && `${t('offers.forCase', { people: (state.members ?? []).map(memberName).join(', '), number: state.number })} · `}
            <Link className="kern-link" to={`/cases/${caseId}/referrals`}>
              {t('offers.backToCase')}
            </Link>
          </p>
        )}
      </hgroup>
      <HelpLink topic="offers" />
      {problem ? <ProblemAlert error={problem} onRetry={onRetry} /> : null}
      <OfferFilters filters={filters} onChange={setFilters} people={people} />
      {loaded.error && <ProblemAlert error={loaded.error} onRetry={() => void loaded.refetch()} />}
      {!result && loaded.isPending && <Loading />}
      {result && (
        <section aria-labelledby="offer-result" aria-busy={loaded.isPlaceholderData || undefined} className="offer-search__result">
          <div role="status">
            <h2 id="offer-result" className="kern-heading-small" tabIndex={-1}>
              {total === 0 ? t('offers.nothingFound') : t('offers.found', { count: total })}
            </h2>
          </div>
          {total === 0 && <Empty text={t('offers.nothingFoundHint')} />}
          <ul className="offer-list">
            {(result.items ?? []).map((offer) => (
              <li key={offer.id}>
                <OfferCard offer={offer}>
                  {state && editing.is(offer.id ?? '') && (
                    <ReferForm
                      state={state}
                      offer={{ id: offer.id ?? '', title: offer.title ?? '' }}
                      personId={person?.id}
                      onCancel={() => editing.stop(`refer-${offer.id}`)}
                    />
                  )}
                  {state && !editing.is(offer.id ?? '') && (
                    <div className="card-actions">
                      <ActionButton
                        id={`refer-${offer.id}`}
                        kind="primary"
                        aria-label={t('offers.referOffer', { offer: offer.title })}
                        onClick={() => editing.start(offer.id ?? '')}
                      >
                        {t('referral.refer')}
                      </ActionButton>
                    </div>
                  )}
                </OfferCard>
              </li>
            ))}
          </ul>
          <Pager
            page={page}
            size={PAGE_SIZE}
            total={total}
            onPage={(next) => {
              setPage(next);
              focusSoon('offer-result');
            }}
          />
        </section>
      )}
    </div>
  );
}
