import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, offers, regions, type OfferSchemas, type RegionSchemas } from '../../api/client';
import { useLoad } from '../../api/useLoad';
import { useLabels } from '../../i18n/format';
import { Empty, Loading, ProblemAlert } from '../../components/States';
import { SelectField, TextField } from '../../components/Fields';
import { OFFER_CATEGORIES } from '../../api/enums';

type ContactPoint = RegionSchemas['ContactPointState'];
type Offer = OfferSchemas['OfferState'];

/** For newcomers and volunteers, no login: where to go (contact points, open now) and what is offered (seeds 003, 004). */
export function PublicPage() {
  const { t } = useTranslation();
  return (
    <div className="kern-stack">
      <hgroup className="kern-hgroup">
        <h1 className="kern-heading-large">{t('public.title')}</h1>
        <p className="kern-subline">{t('public.intro')}</p>
      </hgroup>
      <ContactPoints />
      <OfferDirectory />
    </div>
  );
}

function ContactPoints() {
  const { t } = useTranslation();
  const labels = useLabels();
  const loaded = useLoad(async () => {
    const [all, open] = await Promise.all([
      call(regions.GET('/api/regions/contact-points', { params: { query: { size: 100, sort: 'name' } } })),
      call(regions.GET('/api/regions/contact-points/open', {})),
    ]);
    return { all: all.items ?? [], openNow: new Map(open.map((opening) => [opening.contactPoint?.id, opening])) };
  }, []);
  return (
    <section aria-labelledby="contact-points">
      <h2 id="contact-points" className="kern-heading-medium">
        {t('public.contactPoints')}
      </h2>
      {loaded.loading && !loaded.data && <Loading />}
      {loaded.error !== undefined && <ProblemAlert error={loaded.error} onRetry={loaded.reload} />}
      {loaded.data && loaded.data.all.length === 0 && <Empty text={t('public.noContactPoints')} />}
      <div className="card-grid">
        {loaded.data?.all.map((point: ContactPoint) => {
          const opening = loaded.data?.openNow.get(point.id);
          return (
            <article key={point.id} className="kern-card" aria-labelledby={'cp-' + point.id}>
              <div className="kern-card__container">
                <header className="kern-card__header">
                  <h3 id={'cp-' + point.id} className="kern-title">
                    {point.name}
                  </h3>
                  {opening ? (
                    <span className="kern-badge kern-badge--success">
                      <span className="kern-label">{t('public.openNowUntil', { time: labels.dateTime(opening.closes) })}</span>
                    </span>
                  ) : (
                    <span className="kern-badge kern-badge--info">
                      <span className="kern-label">{t('public.closedNow')}</span>
                    </span>
                  )}
                </header>
                <div className="kern-card__body">
                  <p className="kern-body">
                    {point.address?.street}, {point.address?.postalCode} {point.address?.city}
                  </p>
                  <h4 className="kern-label">{t('public.officeHours')}</h4>
                  {point.officeHours && point.officeHours.length > 0 ? (
                    <dl className="kern-description-list office-hours">
                      {point.officeHours.map((hours) => (
                        <div className="kern-description-list-item" key={`${hours.day}${hours.opens}`}>
                          <dt className="kern-description-list-item__key">{labels.weekday(hours.day ?? 'MONDAY')}</dt>
                          <dd className="kern-description-list-item__value">
                            <bdi>
                              {labels.time(hours.opens)} – {labels.time(hours.closes)}
                            </bdi>
                          </dd>
                        </div>
                      ))}
                    </dl>
                  ) : (
                    <p className="kern-body kern-body--muted">{t('public.byAppointment')}</p>
                  )}
                  {point.languages && point.languages.length > 0 && (
                    <p className="kern-body kern-body--small">
                      {t('public.languages')}: {point.languages.map((code) => languageName(code)).join(', ')}
                    </p>
                  )}
                  {point.services && point.services.length > 0 && (
                    <p className="kern-body kern-body--small">{point.services.join(' · ')}</p>
                  )}
                </div>
              </div>
            </article>
          );
        })}
      </div>
    </section>
  );
}

function languageName(code: string) {
  try {
    return new Intl.DisplayNames([document.documentElement.lang || 'de'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function OfferDirectory() {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const [q, setQ] = useState('');
  const [category, setCategory] = useState('');
  const loaded = useLoad(
    () =>
      call(
        offers.GET('/api/offers/public', {
          params: {
            query: { q: q || undefined, category: (category || undefined) as OfferSchemas['OfferCategory'] | undefined, size: 50 },
          },
        }),
      ),
    [q, category],
  );
  return (
    <section aria-labelledby="offer-directory">
      <h2 id="offer-directory" className="kern-heading-medium">
        {t('public.offers')}
      </h2>
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
      </form>
      {loaded.error !== undefined && <ProblemAlert error={loaded.error} onRetry={loaded.reload} />}
      {loaded.loading && !loaded.data && <Loading />}
      {loaded.data && (loaded.data.items ?? []).length === 0 && <Empty text={t('public.noOffers')} />}
      <ul className="offer-list">
        {(loaded.data?.items ?? []).map((offer: Offer) => {
          const translation = (offer.translations as Record<string, { title?: string; description?: string }> | undefined)?.[i18n.language];
          return (
            <li key={offer.id} className="kern-card">
              <div className="kern-card__container">
                <header className="kern-card__header">
                  <h3 className="kern-title">{translation?.title ?? offer.title}</h3>
                  <span className="kern-badge kern-badge--info">
                    <span className="kern-label">{labels.label('OfferCategory', offer.category)}</span>
                  </span>
                </header>
                <div className="kern-card__body">
                  <p className="kern-body">{translation?.description ?? offer.description}</p>
                  {offer.schedule && offer.schedule.length > 0 && (
                    <ul className="schedule">
                      {offer.schedule.map((slot) => (
                        <li key={`${slot.day}${slot.starts}`} className="kern-body kern-body--small">
                          {labels.weekday(slot.day ?? 'MONDAY')}{' '}
                          <bdi>
                            {labels.time(slot.starts)}–{labels.time(slot.ends)}
                          </bdi>
                        </li>
                      ))}
                    </ul>
                  )}
                  {offer.place?.city && (
                    <p className="kern-body kern-body--small">
                      {[offer.place.street, offer.place.postalCode, offer.place.city].filter(Boolean).join(', ')}
                    </p>
                  )}
                  <p className="kern-body kern-body--small">
                    {offer.costEuro ? t('public.cost', { euro: offer.costEuro }) : t('public.free')}
                  </p>
                </div>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
