import { useTranslation } from 'react-i18next';
import { Empty } from '../../components/States';
import { todayIso, useLabels } from '../../i18n/format';
import { SectionHeading } from '../cases/common/SectionHeading';
import type { ViewConsent } from './viewData';

type Standing = 'inForce' | 'upcoming' | 'expired' | 'revoked';

function standing(consent: ViewConsent, today: string): Standing {
  if (consent.revokedAt) return 'revoked';
  if (consent.validUntil && consent.validUntil < today) return 'expired';
  if (consent.grantedOn && consent.grantedOn > today) return 'upcoming';
  return 'inForce';
}

const BADGE: Record<Standing, string> = { inForce: 'success', upcoming: 'info', expired: 'warning', revoked: 'danger' };
const ORDER: Standing[] = ['inForce', 'upcoming', 'expired', 'revoked'];

/** In a line under the shared categories: on what the view rests now and until when ("Einwilligung, gilt bis …"). */
export function ConsentSummary({ consents }: { consents: ViewConsent[] }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const today = todayIso();
  const inForce = consents.filter((consent) => standing(consent, today) === 'inForce');
  if (inForce.length === 0) return null;
  return (
    <p className="kern-body">
      {t('authorityView.restsOn')}{' '}
      {inForce
        .map(
          (consent) =>
            labels.label('LegalBasis', consent.legalBasis) +
            ', ' +
            (consent.validUntil ? t('authorityView.validUntil', { date: labels.date(consent.validUntil) }) : t('authorityView.openEnded')),
        )
        .join('; ')}{' '}
      <a className="kern-link" href="#view-consents">
        {t('authorityView.consentDetails')}
      </a>
    </p>
  );
}

/**
 * What the view rests on: the authority's own consents (§ 67b SGB X) and statutory bases (§ 69 SGB X), each with the
 * categories it covers, its purpose and since when until when it holds; those in force first.
 */
export function ViewConsents({ consents }: { consents: ViewConsent[] }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const today = todayIso();
  const sorted = [...consents].sort((a, b) => ORDER.indexOf(standing(a, today)) - ORDER.indexOf(standing(b, today)));
  return (
    <section aria-labelledby="view-consents" className="case-section">
      <SectionHeading id="view-consents" title={t('authorityView.section.consents')} />
      {sorted.length === 0 && <Empty text={t('consent.none')} />}
      <ul className="item-list">
        {sorted.map((consent) => {
          const state = standing(consent, today);
          return (
            <li key={consent.id} className="item-list__item">
              <div>
                <strong>{(consent.categories ?? []).map((category) => labels.label('DataCategory', category)).join(', ')}</strong>{' '}
                <span className={`kern-badge kern-badge--${BADGE[state]}`}>
                  <span className="kern-label">
                    {t(`authorityView.consentState.${state}`, {
                      date: labels.date(
                        state === 'revoked' ? consent.revokedAt : state === 'expired' ? consent.validUntil : consent.grantedOn,
                      ),
                    })}
                  </span>
                </span>
                <dl className="fact-list consent-facts">
                  <dt>{t('consent.legalBasis')}</dt>
                  <dd>
                    {labels.label('LegalBasis', consent.legalBasis)}
                    {consent.documentReference && ` · ${t('consent.documentIs', { reference: consent.documentReference })}`}
                  </dd>
                  {consent.justification && (
                    <>
                      <dt>{t('authorityView.justification')}</dt>
                      <dd>{consent.justification}</dd>
                    </>
                  )}
                  <dt>{t('consent.purpose')}</dt>
                  <dd>{consent.purpose || '–'}</dd>
                  <dt>{t('authorityView.period')}</dt>
                  <dd>
                    {consent.validUntil
                      ? t('consent.validPeriod', { from: labels.date(consent.grantedOn), until: labels.date(consent.validUntil) })
                      : t('authorityView.validOpenEnded', { from: labels.date(consent.grantedOn) })}
                  </dd>
                </dl>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
