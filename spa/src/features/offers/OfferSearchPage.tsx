import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { call, callWithVersion, cases, offers, type CaseSchemas, type OfferSchemas } from '../../api/client';
import { useAction } from '../../api/useAction';
import { useLoad } from '../../api/useLoad';
import { useDebounced } from '../../api/useDebounced';
import { useLabels } from '../../i18n/format';
import { Button, SelectField, TextField } from '../../components/Fields';
import { Empty, Loading, ProblemAlert } from '../../components/States';
import { memberName, type CaseSectionProps } from '../cases/caseTypes';
import { DATA_CATEGORIES, INTEGRATION_PHASES, OFFER_CATEGORIES } from '../../api/enums';

/** Offer search with the filters a case manager needs; opened from a case (?case=…) it refers a member directly. */
export function OfferSearchPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const [params] = useSearchParams();
  const caseId = params.get('case');
  const [q, setQ] = useState('');
  const [category, setCategory] = useState('');
  const [phase, setPhase] = useState('');
  const [language, setLanguage] = useState('');
  const [hasFreePlaces, setHasFreePlaces] = useState('');
  const query = useDebounced(q);
  const language_ = useDebounced(language);
  // The case to refer from, loaded once for all result cards.
  const current = useLoad(
    () => (caseId ? callWithVersion(cases.GET('/api/cases/{id}', { params: { path: { id: caseId } } })) : Promise.resolve(undefined)),
    [caseId],
  );
  const results = useLoad(
    () =>
      call(
        offers.GET('/api/offers', {
          params: {
            query: {
              q: query || undefined,
              category: (category || undefined) as OfferSchemas['OfferCategory'] | undefined,
              phase: (phase || undefined) as OfferSchemas['IntegrationPhase'] | undefined,
              language: language_ || undefined,
              hasFreePlaces: hasFreePlaces ? hasFreePlaces === 'true' : undefined,
              size: 50,
            },
          },
        }),
      ),
    [query, category, phase, language_, hasFreePlaces],
  );
  return (
    <div className="kern-stack">
      <h1 className="kern-heading-large">{t('offers.title')}</h1>
      <form className="filter-bar" role="search" onSubmit={(event) => event.preventDefault()}>
        <TextField label={t('public.search')} field="q" type="search" value={q} onChange={setQ} />
        <SelectField
          label={t('public.category')}
          field="category"
          value={category}
          onChange={setCategory}
          empty={t('common.all')}
          options={labels.options('OfferCategory', OFFER_CATEGORIES)}
        />
        <SelectField
          label={t('case.phase')}
          field="phase"
          value={phase}
          onChange={setPhase}
          empty={t('common.all')}
          options={labels.options('CasePhase', INTEGRATION_PHASES)}
        />
        <TextField label={t('offers.language')} field="language" value={language} onChange={setLanguage} hint={t('member.languageHint')} />
        <SelectField
          label={t('offers.freePlaces')}
          field="hasFreePlaces"
          value={hasFreePlaces}
          onChange={setHasFreePlaces}
          empty={t('common.all')}
          options={[{ value: 'true', label: t('offers.onlyFree') }]}
        />
      </form>
      {results.loading && !results.data && <Loading />}
      {results.error !== undefined && <ProblemAlert error={results.error} onRetry={results.reload} />}
      {results.data && (results.data.items ?? []).length === 0 && <Empty text={t('public.noOffers')} />}
      <ul className="offer-list">
        {(results.data?.items ?? []).map((offer) => (
          <li key={offer.id} className="kern-card">
            <div className="kern-card__container">
              <header className="kern-card__header">
                <h2 className="kern-title">{offer.title}</h2>
                <span className="kern-badge kern-badge--info">
                  <span className="kern-label">{labels.label('OfferCategory', offer.category)}</span>
                </span>
              </header>
              <div className="kern-card__body">
                <p className="kern-body">{offer.description}</p>
                <p className="kern-body kern-body--small">
                  {(offer.phases ?? []).map((value) => labels.label('CasePhase', value)).join(', ')} · {(offer.languages ?? []).join(', ')}
                  {offer.capacity != null && ` · ${t('offers.capacity', { capacity: offer.capacity })}`}
                </p>
                {current.data && (
                  <ReferForm
                    state={current.data.data}
                    etag={current.data.etag}
                    reload={current.reload}
                    offerId={offer.id!}
                    offerTitle={offer.title!}
                  />
                )}
              </div>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}

function ReferForm({ state, etag, reload, offerId, offerTitle }: CaseSectionProps & { offerId: string; offerTitle: string }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const navigate = useNavigate();
  const action = useAction();
  const caseId = state.id!;
  const [memberId, setMemberId] = useState('');
  const [needId, setNeedId] = useState('');
  const [note, setNote] = useState('');
  // Which authorities' views may show the referral: the need's category, or this one when it answers no need.
  const [category, setCategory] = useState('');
  return (
    <form
      className="inline-form"
      aria-label={t('referral.referTo', { offer: offerTitle })}
      onSubmit={(event) => {
        event.preventDefault();
        void action.run(
          () =>
            call(
              cases.POST('/api/cases/{id}/referrals', {
                params: { path: { id: caseId }, header: { 'If-Match': etag } },
                body: {
                  offerId,
                  memberId: memberId || (state.members?.[0]?.id ?? ''),
                  needId: needId || undefined,
                  category: needId ? undefined : (category as CaseSchemas['DataCategory']),
                  note: note || undefined,
                },
              }),
            ),
          () => navigate(`/cases/${caseId}#referrals`),
        );
      }}
    >
      <SelectField
        label={t('referral.member')}
        field="memberId"
        value={memberId || (state.members?.[0]?.id ?? '')}
        onChange={setMemberId}
        error={action.error}
        options={(state.members ?? []).map((member) => ({ value: member.id!, label: memberName(member) }))}
      />
      <SelectField
        label={t('goal.need')}
        field="needId"
        value={needId}
        onChange={setNeedId}
        empty="–"
        error={action.error}
        options={(state.needs ?? []).map((need) => ({ value: need.id!, label: labels.label('NeedKind', need.kind) }))}
      />
      {!needId && (
        <SelectField
          label={t('note.category')}
          field="category"
          value={category}
          empty={t('common.chooseCategory')}
          required
          onChange={setCategory}
          error={action.error}
          options={labels.options('DataCategory', DATA_CATEGORIES)}
        />
      )}
      <TextField label={t('referral.note')} field="note" value={note} onChange={setNote} error={action.error} />
      <Button type="submit" busy={action.busy}>
        {t('referral.refer')}
      </Button>
      {action.error !== undefined && <ProblemAlert error={action.error} onRetry={action.retryAfter(reload)} />}
    </form>
  );
}
