import { createContext, useContext, useMemo } from 'react';
import { createColumnHelper, type CellContext } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable';
import { useLabels } from '../../../i18n/format';
import { ActionButton } from '../../cases/common/ActionButton';
import { placeLines, useOfferWords } from '../../offers/offerWords';
import type { Offer } from './useOwnOffers';

const column = createColumnHelper<Offer>();
type Cell = CellContext<Offer, unknown>;

// The offer being opened and the handler reach the cells through a context, so the columns stay the same objects and
// the cells are not drawn anew (the focus stays where it is).
const Actions = createContext<{ opening?: string; onEdit: (offer: Offer) => void }>({ onEdit: () => undefined });

function TitleCell({ row: { original: offer } }: Cell) {
  return (
    <strong id={`own-offer-${offer.id}`} tabIndex={-1}>
      {offer.title}
    </strong>
  );
}

function ScheduleCell({ row: { original: offer } }: Cell) {
  const { t } = useTranslation();
  const labels = useLabels();
  const slots = (offer.schedule ?? []).map(
    (slot) => `${labels.weekday(slot.day ?? 'MONDAY')} ${labels.time(slot.starts)}–${labels.time(slot.ends)}`,
  );
  return <>{slots.join(', ') || t('provider.noSchedule')}</>;
}

function EditCell({ row: { original: offer } }: Cell) {
  const { t } = useTranslation();
  const { opening, onEdit } = useContext(Actions);
  return (
    <ActionButton
      kind="tertiary"
      busy={opening === offer.id}
      onClick={() => onEdit(offer)}
      aria-label={t('provider.edit', { title: offer.title })}
    >
      {t('common.edit')}
    </ActionButton>
  );
}

/** The provider's offers of one status: what, its status, when, where, the places; and "edit". */
export function OffersTable({ items, opening, onEdit }: { items: Offer[]; opening?: string; onEdit: (offer: Offer) => void }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const words = useOfferWords();
  const columns = useMemo(
    () => [
      column.display({ id: 'title', header: t('provider.title'), meta: { card: 'title' }, cell: TitleCell }),
      column.accessor((offer) => labels.label('OfferStatus', offer.status), {
        id: 'status',
        header: t('provider.status'),
        meta: { card: 'first' },
      }),
      column.accessor((offer) => labels.label('OfferCategory', offer.category), { id: 'category', header: t('offers.category') }),
      column.display({ id: 'schedule', header: t('provider.schedule'), cell: ScheduleCell }),
      column.accessor((offer) => placeLines(offer.place).join('; ') || '–', { id: 'place', header: t('offers.place') }),
      column.accessor((offer) => words.availability(offer), { id: 'places', header: t('provider.capacity') }),
      column.display({ id: 'edit', header: t('common.actions'), cell: EditCell }),
    ],
    // The labels follow the language, as t does.
    [t], // eslint-disable-line react-hooks/exhaustive-deps
  );
  return (
    <Actions.Provider value={{ opening, onEdit }}>
      <DataTable
        caption={t('provider.offers')}
        columns={columns}
        data={items}
        rowKey={(offer) => offer.id ?? ''}
        testId="provider-offers"
      />
    </Actions.Provider>
  );
}
