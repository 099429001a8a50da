import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabels } from '../../i18n/format';
import type { Offer } from './offerData';
import { languageNames, offerDate, placeLines, useOfferWords } from './offerWords';

/**
 * One offer as a case manager weighs it: what, by whom, where, when next, whether there is a place, who may attend, in
 * which languages, and for which phases and fields of action. `children` is what can be done with it (refer).
 */
export function OfferCard({ offer, children }: { offer: Offer; children?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const words = useOfferWords();
  const titleId = `offer-${offer.id}`;
  const provider = offer.provider;
  const dates = offer.nextDates ?? [];
  const waitlisted = offer.availability?.newReferralsWaitlisted;
  return (
    <article className="kern-card offer-card" aria-labelledby={titleId}>
      <div className="kern-card__container">
        <header className="kern-card__header offer-card__header">
          <h3 id={titleId} className="kern-title" tabIndex={-1}>
            {offer.title}
          </h3>
          <span className="offer-card__badges">
            <span className="kern-badge kern-badge--info">
              <span className="kern-label">{labels.label('OfferCategory', offer.category)}</span>
            </span>
            <span className={'kern-badge kern-badge--' + (waitlisted ? 'warning' : 'success')}>
              <span className="kern-label">{words.availability(offer)}</span>
            </span>
          </span>
        </header>
        <div className="kern-card__body offer-card__body">
          {offer.description && <p className="kern-body">{offer.description}</p>}
          <dl className="fact-list">
            <dt>{t('offers.provider')}</dt>
            <dd>
              {provider?.name ?? '–'}
              {provider?.contactPhone && (
                <>
                  {' · '}
                  <a className="kern-link" href={`tel:${provider.contactPhone.replace(/[^0-9+]/g, '')}`}>
                    {provider.contactPhone}
                  </a>
                </>
              )}
              {provider?.contactEmail && (
                <>
                  {' · '}
                  <a className="kern-link" href={`mailto:${provider.contactEmail}`}>
                    {provider.contactEmail}
                  </a>
                </>
              )}
            </dd>
            <dt>{t('offers.place')}</dt>
            <dd>
              {placeLines(offer.place).map((line) => (
                <span key={line} className="offer-card__line">
                  {line}
                </span>
              ))}
            </dd>
            <dt>{t('offers.nextDates')}</dt>
            <dd>
              {dates.length === 0 ? (
                t('offers.noDates')
              ) : (
                <ul className="offer-card__dates">
                  {dates.map((date) => (
                    <li key={date.starts}>{offerDate(date, i18n.language)}</li>
                  ))}
                </ul>
              )}
            </dd>
            <dt>{t('offers.who')}</dt>
            <dd>{words.eligibility(offer.eligibility).join(' · ')}</dd>
            <dt>{t('offers.languages')}</dt>
            <dd>{languageNames(offer.languages, i18n.language) || '–'}</dd>
            {(offer.targetGroups ?? []).length > 0 && (
              <>
                <dt>{t('offers.targetGroups')}</dt>
                <dd>{(offer.targetGroups ?? []).join(', ')}</dd>
              </>
            )}
            {offer.costEuro ? (
              <>
                <dt>{t('offers.cost')}</dt>
                <dd>
                  {new Intl.NumberFormat(i18n.language, { style: 'currency', currency: 'EUR' }).format(offer.costEuro)}
                  {offer.costNote && ` (${offer.costNote})`}
                </dd>
              </>
            ) : null}
            {offer.internalNote && (
              <>
                <dt>{t('offers.internalNote')}</dt>
                <dd>{offer.internalNote}</dd>
              </>
            )}
          </dl>
          <ul className="offer-card__tags" aria-label={t('offers.tags')}>
            <li className="offer-tag">{labels.label('FieldOfAction', offer.fieldOfAction)}</li>
            {(offer.phases ?? []).map((phase) => (
              <li key={phase} className="offer-tag">
                {t('offers.phase', { phase: labels.label('CasePhase', phase) })}
              </li>
            ))}
          </ul>
          {children}
        </div>
      </div>
    </article>
  );
}
