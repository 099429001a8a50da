import { useTranslation } from 'react-i18next';
import type { CaseSchemas } from '../../../api/client';
import { useProviders } from '../../../api/reference';
import { Empty } from '../../../components/States';
import { todayIso, useLabels } from '../../../i18n/format';
import { ActionButton } from '../common/ActionButton';

type Consent = CaseSchemas['Consent'];

/** Consents and statutory bases: for whom, which categories, why, on what basis, how long; revoked ones marked. */
export function ConsentList({
  consents,
  busy,
  onRevoke,
}: {
  consents: Consent[];
  busy?: string;
  onRevoke: (consent: Consent, recipient: string) => void;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const providers = useProviders();
  if (consents.length === 0) return <Empty text={t('consent.none')} />;
  return (
    <ul className="item-list">
      {consents.map((consent) => {
        const recipient =
          consent.recipientKind === 'PROVIDER'
            ? providers.name(consent.recipient)
            : labels.label('AuthorityWithArticle', consent.recipient);
        const inForce = !consent.revokedAt && (!consent.validUntil || consent.validUntil >= todayIso());
        return (
          <li key={consent.id} className="item-list__item">
            <div>
              <strong>
                {consent.recipientKind === 'PROVIDER' ? providers.name(consent.recipient) : labels.label('Authority', consent.recipient)}
              </strong>
              {' · '}
              {labels.label('LegalBasis', consent.legalBasis)}
              {' · '}
              {(consent.categories ?? []).map((category) => labels.label('DataCategory', category)).join(', ')}
              <div className="kern-body kern-body--small">
                {consent.revokedAt
                  ? t('consent.revokedAt', { date: labels.date(consent.revokedAt) })
                  : consent.validUntil
                    ? t('consent.validPeriod', { from: labels.date(consent.grantedOn), until: labels.date(consent.validUntil) })
                    : t('consent.validFrom', { from: labels.date(consent.grantedOn) })}
                {' · '}
                {consent.purpose}
                {consent.documentReference && ` · ${t('consent.documentIs', { reference: consent.documentReference })}`}
              </div>
            </div>
            {inForce && (
              <ActionButton kind="tertiary" busy={busy === 'revoke:' + consent.id} onClick={() => onRevoke(consent, recipient)}>
                {t('consent.revokeFor', {
                  recipient:
                    consent.recipientKind === 'PROVIDER' ? providers.name(consent.recipient) : labels.label('Authority', consent.recipient),
                })}
              </ActionButton>
            )}
          </li>
        );
      })}
    </ul>
  );
}
