import { useTranslation } from 'react-i18next';
import type { OfferSchemas } from '../../api/client';
import { useLabels } from '../../i18n/format';
import { languageNames, offerDate, placeLines } from '../offers/offerWords';
import { German } from './German';

type PublicOffer = OfferSchemas['PublicOffer'];

/** Who may attend, in the page's language: ages and genders; residence rules only as a hint to ask. */
function useEligibility() {
  const { t, i18n } = useTranslation();
  return (eligibility: OfferSchemas['Eligibility'] | undefined): string[] => {
    const { minAge, maxAge } = eligibility ?? {};
    const genders = eligibility?.genders ?? [];
    const words = [
      minAge != null && maxAge != null
        ? t('public.ages', { min: minAge, max: maxAge })
        : minAge != null
          ? t('public.fromAge', { age: minAge })
          : maxAge != null
            ? t('public.toAge', { age: maxAge })
            : '',
      genders.length > 0
        ? t('public.forGenders', {
            genders: new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(
              genders.map((gender) => t(`public.gender.${gender}`)),
            ),
          })
        : '',
      (eligibility?.residenceStatuses ?? []).length > 0 ? t('public.residenceLimited') : '',
    ].filter(Boolean);
    return words.length > 0 ? words : [t('public.everyone')];
  };
}

/**
 * An offer of the public directory: title and description in the page's language when the offer is translated, else
 * the German ones marked as German; who offers it, where, the next dates, who may attend, the languages spoken, cost.
 */
export function PublicOfferCard({ offer, pageLanguage }: { offer: PublicOffer; pageLanguage: string }) {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const eligibility = useEligibility();
  const german = offer.language !== pageLanguage && pageLanguage !== 'de';
  const dates = offer.nextDates ?? [];
  const titleId = 'offer-' + offer.id;
  return (
    <article className="kern-card offer-card" aria-labelledby={titleId}>
      <div className="kern-card__container">
        <header className="kern-card__header offer-card__header">
          <h3 id={titleId} className="kern-title">
            <German text={offer.title} marked={german} />
          </h3>
          <span className="kern-badge kern-badge--info">
            <span className="kern-label">{labels.label('OfferCategory', offer.category)}</span>
          </span>
        </header>
        <div className="kern-card__body offer-card__body">
          <p className="kern-body">
            <German text={offer.description} marked={german} />
          </p>
          <dl className="fact-list">
            {offer.providerName && (
              <>
                <dt>{t('public.provider')}</dt>
                <dd>{offer.providerName}</dd>
              </>
            )}
            <dt>{t('public.place')}</dt>
            <dd>
              {placeLines(offer.place).map((line) => (
                <span key={line} className="offer-card__line">
                  <bdi>{line}</bdi>
                </span>
              ))}
            </dd>
            <dt>{t('public.nextDates')}</dt>
            <dd>
              {dates.length === 0 ? (
                t('public.noDates')
              ) : (
                <ul className="offer-card__dates">
                  {dates.map((date) => (
                    <li key={date.starts}>{offerDate(date, i18n.language)}</li>
                  ))}
                </ul>
              )}
            </dd>
            <dt>{t('public.who')}</dt>
            <dd>{eligibility(offer.eligibility).join(' · ')}</dd>
            {(offer.languages ?? []).length > 0 && (
              <>
                <dt>{t('public.languages')}</dt>
                <dd>{languageNames(offer.languages, i18n.language)}</dd>
              </>
            )}
            <dt>{t('public.costs')}</dt>
            <dd>
              {offer.costEuro
                ? t('public.euro', { amount: new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 }).format(offer.costEuro) })
                : t('public.free')}
              {offer.costNote && (
                <>
                  {' – '}
                  <German text={offer.costNote} marked={pageLanguage !== 'de'} />
                </>
              )}
            </dd>
          </dl>
        </div>
      </div>
    </article>
  );
}
