import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { zOfferStatus } from '../../api/generated/offer-service.zod';
import { Empty, Loading, ProblemAlert } from '../../components/States';
import { useLabels } from '../../i18n/format';
import { ActionButton } from '../cases/common/ActionButton';
import { focusSoon } from '../cases/common/useEditing';
import { HelpLink } from '../help/HelpLink';
import { OfferEditor } from './offers/OfferEditor';
import { offerInput } from './offers/offerForm';
import { OffersTable } from './offers/OffersTable';
import { useOwnOffers, type Offer } from './offers/useOwnOffers';

/** What the editor works on: a new offer, or one read with its version (the If-Match of its save). */
type Editing = { offer?: Offer; etag?: string };

/**
 * Provider staff: their own offers by status, added and edited with the weekly schedule, the eligibility, the
 * translations for the public page and a note for staff only. While one is edited the page shows only the editor;
 * afterwards the list of the saved offer's status, with the focus on it.
 */
export function ProviderOffersPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const own = useOwnOffers();
  const [editing, setEditing] = useState<Editing>();
  const [opening, setOpening] = useState<{ id?: string; problem?: unknown }>({});

  const open = async (offer: Offer) => {
    setOpening({ id: offer.id });
    try {
      const read = await own.read(offer.id ?? '');
      setEditing({ offer: read.data, etag: read.etag });
      setOpening({});
      focusSoon('offer-editor-title');
    } catch (problem) {
      setOpening({ problem });
    }
  };
  // Where the focus goes when the editor closes: the offer in the list (once the list of its status is there).
  const focusTarget = useRef<string>(undefined);
  useEffect(() => {
    if (!focusTarget.current || editing || !document.getElementById(focusTarget.current)) return;
    focusSoon(focusTarget.current);
    focusTarget.current = undefined;
  }, [editing, own.loaded.data]);
  const close = (focusId: string) => {
    focusTarget.current = focusId;
    setEditing(undefined);
  };

  if (editing && own.providerId) {
    const id = editing.offer?.id;
    return (
      <div className="kern-stack">
        <h1 className="kern-heading-large">{t('provider.offers')}</h1>
        <OfferEditor
          key={id ?? 'new'}
          offer={editing.offer}
          save={async (values) => {
            const saved = await own.save(offerInput(values, own.providerId!), id, editing.etag);
            return saved.data;
          }}
          reread={async () => {
            if (!id) return;
            const read = await own.read(id);
            setEditing((current) => current && { ...current, etag: read.etag });
          }}
          onDone={(saved) => {
            own.setStatus(saved.status ?? 'ACTIVE');
            close(`own-offer-${saved.id}`);
          }}
          onCancel={() => close(id ? `own-offer-${id}` : 'new-offer')}
        />
      </div>
    );
  }

  const items = own.loaded.data?.items ?? [];
  return (
    <div className="kern-stack">
      <h1 className="kern-heading-large">{t('provider.offers')}</h1>
      <HelpLink topic="providerOffers" />
      {own.unknownProvider && (
        <div className="kern-alert kern-alert--warning" role="alert">
          <div className="kern-alert__header">
            <span className="kern-title">{t('provider.noProvider')}</span>
          </div>
        </div>
      )}
      <div className="filter-bar">
        <div className="kern-form-input">
          <label className="kern-label" htmlFor="own-offers-status">
            {t('provider.status')}
          </label>
          <div className="kern-form-input__select-wrapper">
            <select
              id="own-offers-status"
              className="kern-form-input__select"
              value={own.status}
              onChange={(event) => own.setStatus(event.target.value)}
            >
              {labels.options('OfferStatus', zOfferStatus.options).map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
        </div>
        {own.providerId && (
          <ActionButton id="new-offer" onClick={() => setEditing({})}>
            {t('provider.newOffer')}
          </ActionButton>
        )}
      </div>
      {own.loaded.error && <ProblemAlert error={own.loaded.error} onRetry={() => void own.loaded.refetch()} />}
      {opening.problem !== undefined && <ProblemAlert error={opening.problem} />}
      {own.loaded.isPending && own.providerId && <Loading />}
      {own.loaded.data && items.length === 0 && (
        <Empty text={t('provider.noOffers', { status: labels.label('OfferStatus', own.status) })} />
      )}
      {items.length > 0 && <OffersTable items={items} opening={opening.id} onEdit={(offer) => void open(offer)} />}
    </div>
  );
}
