import { useTranslation } from 'react-i18next';
import type { CaseSchemas } from '../../../api/client';
import { useLabels } from '../../../i18n/format';

const STYLE: Record<string, string> = {
  REQUESTED: 'info',
  ACCEPTED: 'success',
  STARTED: 'success',
  COMPLETED: 'success',
  WAITLISTED: 'warning',
  DECLINED: 'danger',
  DROPPED_OUT: 'danger',
};

/** A referral's state in words, with the waitlist place and the provider's reason. */
export function ReferralStatusBadge({ referral }: { referral?: CaseSchemas['Referral'] }) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <>
      <span className={`kern-badge kern-badge--${STYLE[referral?.status ?? ''] ?? 'info'}`}>
        <span className="kern-label">{labels.label('ReferralStatus', referral?.status)}</span>
      </span>
      {referral?.waitlistPosition != null && ` ${t('referral.position', { position: referral.waitlistPosition })}`}
      {referral?.reason && <span className="kern-body--small"> – {referral.reason}</span>}
    </>
  );
}
