import { createContext, useContext, useMemo } from 'react';
import { createColumnHelper, type CellContext } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable';
import { useLabels } from '../../../i18n/format';
import { ReferralSteps } from './ReferralSteps';
import type { InboxReferral, Step } from './useInbox';

const column = createColumnHelper<InboxReferral>();
type Cell = CellContext<InboxReferral, unknown>;

const STYLE: Record<string, string> = {
  ACCEPTED: 'success',
  STARTED: 'success',
  COMPLETED: 'info',
  WAITLISTED: 'warning',
  DECLINED: 'danger',
  DROPPED_OUT: 'danger',
};

// What changes while the table stands (a step running, the handler) reaches the cells through a context: the columns
// stay the same objects, so a step never re-creates the cells and the focus stays where it is.
const Actions = createContext<{ busy?: string; onStep: (referral: InboxReferral, step: Step) => void }>({ onStep: () => undefined });

/** Telephone numbers as a link dials them: digits and a leading plus only. */
const dial = (phone: string) => 'tel:' + phone.replace(/[^0-9+]/g, '');

function Contact({ phone, email }: { phone?: string | null; email?: string | null }) {
  return (
    <>
      {phone && (
        <a className="kern-link inbox__contact" href={dial(phone)}>
          {phone}
        </a>
      )}
      {email && (
        <a className="kern-link inbox__contact" href={`mailto:${email}`}>
          {email}
        </a>
      )}
    </>
  );
}

/** Whom a referral is about: the name only with consent, else age, gender and residence status. */
function usePerson() {
  const { t } = useTranslation();
  const labels = useLabels();
  return (row: InboxReferral) =>
    [
      row.contactName ?? t('provider.pseudonymous'),
      row.ageYears != null ? t('provider.age', { years: row.ageYears }) : '',
      row.gender ? labels.label('Gender', row.gender) : '',
      row.residenceStatus ? labels.label('ResidenceStatus', row.residenceStatus) : '',
    ]
      .filter(Boolean)
      .join(', ');
}

function OfferCell({ row: { original: row } }: Cell) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <div className="inbox__cell">
      <strong>{row.offerTitle ?? '–'}</strong>
      <span className="kern-body--small">{t('provider.requestedOn', { date: labels.date(row.requestedAt) })}</span>
    </div>
  );
}

function StatusCell({ row: { original: row } }: Cell) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <div className="inbox__status" id={`referral-${row.referralId}`} tabIndex={-1}>
      <span className={`kern-badge kern-badge--${STYLE[row.status ?? ''] ?? 'info'}`}>
        <span className="kern-label">{labels.label('ReferralStatus', row.status)}</span>
      </span>
      {row.waitlistPosition != null && <span>{t('referral.position', { position: row.waitlistPosition })}</span>}
      {row.answerDueBy && (
        <span className={row.answerOverdue ? 'inbox__due inbox__due--overdue' : 'inbox__due'}>
          {t('provider.answerDueBy', { date: labels.date(row.answerDueBy) })}{' '}
          {row.answerOverdue && (
            <span className="kern-badge kern-badge--danger">
              <span className="kern-label">{t('referral.overdue')}</span>
            </span>
          )}
        </span>
      )}
      {row.reason && <span className="kern-body--small">{row.reason}</span>}
    </div>
  );
}

function PersonCell({ row: { original: row } }: Cell) {
  const { t } = useTranslation();
  const person = usePerson();
  return (
    <div className="inbox__cell">
      <span>{person(row)}</span>
      <Contact phone={row.contactPhone} email={row.contactEmail} />
      {row.note && <span className="kern-body--small">{t('provider.note', { note: row.note })}</span>}
    </div>
  );
}

function ReferrerCell({ row: { original: row } }: Cell) {
  const { t } = useTranslation();
  return (
    <div className="inbox__cell">
      <span>{row.referredBy?.name ?? t('provider.unknownReferrer')}</span>
      <Contact phone={row.referredBy?.phone} email={row.referredBy?.email} />
    </div>
  );
}

function StepsCell({ row: { original: row } }: Cell) {
  const { t } = useTranslation();
  const labels = useLabels();
  const person = usePerson();
  const { busy, onStep } = useContext(Actions);
  const what = [row.offerTitle, person(row), t('provider.requestedOn', { date: labels.date(row.requestedAt) })].join(', ');
  return <ReferralSteps referral={row} what={what} busy={busy} onStep={(step) => onStep(row, step)} />;
}

/**
 * The referrals to the provider's offers: which offer, since when, where it stands (with the waitlist place and, while
 * the start is to be recorded, by when), whom it is about (pseudonymous unless the household consented), who referred
 * and how to reach them, and the next steps.
 */
export function InboxTable({
  items,
  busy,
  onStep,
}: {
  items: InboxReferral[];
  busy?: string;
  onStep: (referral: InboxReferral, step: Step) => void;
}) {
  const { t } = useTranslation();
  const columns = useMemo(
    () => [
      column.display({ id: 'offer', header: t('referral.offer'), meta: { card: 'title' }, cell: OfferCell }),
      column.display({ id: 'status', header: t('referral.status'), meta: { card: 'first' }, cell: StatusCell }),
      column.display({ id: 'person', header: t('provider.person'), cell: PersonCell }),
      column.display({ id: 'referredBy', header: t('provider.referredBy'), cell: ReferrerCell }),
      column.display({ id: 'steps', header: t('provider.nextSteps'), cell: StepsCell }),
    ],
    [t],
  );
  return (
    <Actions.Provider value={{ busy, onStep }}>
      <DataTable
        caption={t('provider.referrals')}
        columns={columns}
        data={items}
        rowKey={(row) => row.referralId ?? ''}
        testId="provider-referrals"
      />
    </Actions.Provider>
  );
}
