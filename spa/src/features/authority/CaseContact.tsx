import { useTranslation } from 'react-i18next';
import { useSubregions } from '../../api/reference';
import type { ViewCase } from './viewData';

type Contact = NonNullable<ViewCase['contact']>;

/** A phone number as a tel: link takes it: digits and a leading plus only. */
export function telHref(phone: string) {
  return 'tel:' + phone.replace(/[^+\d]/g, '');
}

/** The phone and e-mail of the KIM case manager, as links that call or write. */
export function ContactLinks({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  return (
    <>
      {contact.phone && (
        <span className="contact-line">
          {t('authorityView.phone')}:{' '}
          <a className="kern-link" href={telHref(contact.phone)}>
            {contact.phone}
          </a>
        </span>
      )}
      {contact.email && (
        <span className="contact-line">
          {t('authorityView.email')}:{' '}
          <a className="kern-link" href={`mailto:${contact.email}`}>
            {contact.email}
          </a>
        </span>
      )}
    </>
  );
}

/**
 * Whom to call about the case: the KIM case manager with phone and e-mail. Until the case-service names them, the
 * sub-region's case management is named instead, so nobody is left without a way on.
 */
export function CaseContact({ contact, subregion }: { contact?: ViewCase['contact']; subregion?: string }) {
  const { t } = useTranslation();
  const subregions = useSubregions();
  return (
    <section className="kern-alert kern-alert--info contact-box" aria-labelledby="contact-title">
      <div className="kern-alert__header">
        <h2 id="contact-title" className="kern-title">
          {t('authorityView.contactTitle')}
        </h2>
      </div>
      <div className="kern-alert__body">
        {contact?.name ? (
          <p className="kern-body contact-box__lines">
            <strong>{contact.name}</strong>
            <ContactLinks contact={contact} />
            {!contact.phone && !contact.email && <span>{t('authorityView.noContactWays')}</span>}
          </p>
        ) : (
          <p className="kern-body">{t('authorityView.noContact', { subregion: subregions.name(subregion) })}</p>
        )}
      </div>
    </section>
  );
}
