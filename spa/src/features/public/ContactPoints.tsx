import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, regions, type RegionSchemas } from '../../api/client';
import { QueryStates } from '../../components/States';
import { useLabels } from '../../i18n/format';
import { languageNames } from '../offers/offerWords';
import { German } from './German';

type ContactPoint = RegionSchemas['ContactPointState'];
type Opening = RegionSchemas['ContactPointOpening'];

/** The contact points with their office hours, and which are open now (read when the page opens). */
export function ContactPoints() {
  const { t } = useTranslation();
  const loaded = useQuery({
    queryKey: ['public', 'contact-points'],
    queryFn: async () => {
      const [all, open] = await Promise.all([
        call(regions.GET('/api/regions/contact-points', { params: { query: { size: 100, sort: 'name' } } })),
        call(regions.GET('/api/regions/contact-points/open', {})),
      ]);
      return { all: all.items ?? [], openNow: new Map(open.map((opening) => [opening.contactPoint?.id, opening])) };
    },
  });
  return (
    <section aria-labelledby="contact-points">
      <h2 id="contact-points" className="kern-heading-medium">
        {t('public.contactPoints')}
      </h2>
      <QueryStates query={loaded} empty={{ when: loaded.data?.all.length === 0, text: t('public.noContactPoints') }} />
      <div className="card-grid">
        {loaded.data?.all.map((point) => (
          <ContactPointCard key={point.id} point={point} opening={loaded.data.openNow.get(point.id)} />
        ))}
      </div>
    </section>
  );
}

function ContactPointCard({ point, opening }: { point: ContactPoint; opening?: Opening }) {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const address = point.address;
  return (
    <article className="kern-card" aria-labelledby={'cp-' + point.id}>
      <div className="kern-card__container">
        <header className="kern-card__header">
          <h3 id={'cp-' + point.id} className="kern-title">
            {point.name}
          </h3>
          <span className={'kern-badge kern-badge--' + (opening ? 'success' : 'info')}>
            <span className="kern-label">
              {opening ? t('public.openNowUntil', { time: labels.dateTime(opening.closes) }) : t('public.closedNow')}
            </span>
          </span>
        </header>
        <div className="kern-card__body">
          {address && (
            <p className="kern-body">
              <bdi>{[address.street, [address.postalCode, address.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')}</bdi>
            </p>
          )}
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
              {t('public.languages')}: {languageNames(point.languages, i18n.language)}
            </p>
          )}
          {point.services && point.services.length > 0 && (
            // The district names its services in German only.
            <p className="kern-body kern-body--small">
              <German text={point.services.join(' · ')} marked={i18n.language !== 'de'} />
            </p>
          )}
        </div>
      </div>
    </article>
  );
}
