import { useTranslation } from 'react-i18next';
import { ActionButton } from '../../cases/common/ActionButton';
import type { InboxReferral, Step } from './useInbox';

/** The next steps of a placement, always in the same places: none changes its meaning under the cursor. */
export const STEPS: { step: Step; from: string[] }[] = [
  { step: 'start', from: ['ACCEPTED'] },
  { step: 'complete', from: ['STARTED'] },
  { step: 'drop-out', from: ['ACCEPTED', 'STARTED', 'WAITLISTED'] },
];

export function ReferralSteps({
  referral,
  what,
  busy,
  onStep,
}: {
  referral: InboxReferral;
  /** Which referral, in words, for screen readers: the buttons of every row read the same. */
  what: string;
  busy?: string;
  onStep: (step: Step) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="card-actions referral-steps">
      {STEPS.map(({ step, from }) => (
        <ActionButton
          key={step}
          kind={step === 'drop-out' ? 'tertiary' : 'secondary'}
          disabled={!from.includes(referral.status ?? '')}
          busy={busy === `${referral.referralId}:${step}`}
          aria-label={t('provider.stepOf', { step: t(`provider.mark.${step}`), what })}
          onClick={() => onStep(step)}
        >
          {t(`provider.mark.${step}`)}
        </ActionButton>
      ))}
    </div>
  );
}
