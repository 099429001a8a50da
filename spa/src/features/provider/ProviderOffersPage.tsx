import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, callWithVersion, offers, regions, type OfferSchemas } from '../../api/client';
import { useSession } from '../../api/session';
import { useAction } from '../../api/useAction';
import { useLoad } from '../../api/useLoad';
import { useLabels } from '../../i18n/format';
import { Button, CheckboxGroup, SelectField, TextField } from '../../components/Fields';
import { Empty, Loading, ProblemAlert, Success } from '../../components/States';
import { FIELDS_OF_ACTION, INTEGRATION_PHASES, OFFER_CATEGORIES, OFFER_STATUSES, WEEKDAYS } from '../../api/enums';

type Offer = OfferSchemas['OfferState'];
type OfferInput = OfferSchemas['OfferInput'];
type Slot = OfferSchemas['OfferSlotInput'];

function emptyOffer(providerId: string): OfferInput {
  return {
    providerId,
    title: '',
    description: '',
    translations: {},
    category: 'LANGUAGE_COURSE',
    fieldOfAction: 'HF1',
    phases: ['ANKOMMEN'],
    targetGroups: [],
    languages: ['de'],
    place: {},
    schedule: [],
    eligibility: { genders: [], residenceStatuses: [] },
    status: 'DRAFT',
  };
}

/** The offer as the API takes it back (state → input), for editing. */
function toInput(offer: Offer): OfferInput {
  return {
    providerId: offer.providerId ?? '',
    title: offer.title ?? '',
    description: offer.description ?? '',
    translations: Object.fromEntries(
      Object.entries(offer.translations ?? {}).map(([code, text]) => [
        code,
        { title: text.title ?? '', description: text.description ?? '' },
      ]),
    ),
    category: offer.category as OfferInput['category'],
    fieldOfAction: offer.fieldOfAction ?? 'HF1',
    phases: offer.phases ?? [],
    targetGroups: offer.targetGroups ?? [],
    languages: offer.languages ?? [],
    place: { ...offer.place },
    schedule: (offer.schedule ?? []).map((slot) => ({
      day: slot.day ?? 'MONDAY',
      starts: (slot.starts ?? '').slice(0, 5),
      ends: (slot.ends ?? '').slice(0, 5),
    })),
    startsOn: offer.startsOn,
    endsOn: offer.endsOn,
    capacity: offer.capacity,
    eligibility: {
      minAge: offer.eligibility?.minAge,
      maxAge: offer.eligibility?.maxAge,
      genders: offer.eligibility?.genders ?? [],
      residenceStatuses: offer.eligibility?.residenceStatuses ?? [],
    },
    costEuro: offer.costEuro,
    costNote: offer.costNote,
    status: offer.status as OfferInput['status'],
  };
}

/** Provider staff: their own offers (every status), added and edited with the weekly schedule. */
export function ProviderOffersPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { provider } = useSession();
  const [status, setStatus] = useState<string>('ACTIVE');
  // The offer as read when the editor opened, with its version: someone else's change in between gives 412.
  const [editing, setEditing] = useState<{ input: OfferInput; id?: string; etag?: string }>();
  const opening = useAction();
  const edit = (id: string) =>
    opening.run(async () => {
      const read = await callWithVersion(offers.GET('/api/offers/{id}', { params: { path: { id } } }));
      setEditing({ input: toInput(read.data), id, etag: read.etag });
    });
  const loaded = useLoad(async () => {
    const providers = await call(offers.GET('/api/offers/providers', { params: { query: { size: 100 } } }));
    const own = (providers.items ?? []).find((candidate) => candidate.code === provider);
    if (!own) return { providerId: undefined, list: [] as Offer[] };
    const page = await call(offers.GET('/api/offers', { params: { query: { status: status as OfferSchemas['OfferStatus'], size: 100 } } }));
    return { providerId: own.id, list: (page.items ?? []).filter((offer) => offer.providerId === own.id) };
  }, [provider, status]);
  return (
    <div className="kern-stack">
      <h1 className="kern-heading-large">{t('provider.offers')}</h1>
      {loaded.error !== undefined && <ProblemAlert error={loaded.error} onRetry={loaded.reload} />}
      {!loaded.data && <Loading />}
      {loaded.data && (
        <>
          <div className="filter-bar">
            <SelectField
              label={t('provider.status')}
              field="status"
              value={status}
              onChange={setStatus}
              options={labels.options('OfferStatus', OFFER_STATUSES)}
            />
            {loaded.data.providerId && (
              <Button kind="secondary" onClick={() => setEditing({ input: emptyOffer(loaded.data!.providerId!) })}>
                {t('provider.newOffer')}
              </Button>
            )}
          </div>
          {loaded.data.list.length === 0 ? (
            <Empty text={t('public.noOffers')} />
          ) : (
            <ul className="kern-list" data-testid="provider-offers">
              {loaded.data.list.map((offer) => (
                <li key={offer.id}>
                  <strong>{offer.title}</strong> · {labels.label('OfferCategory', offer.category)} ·{' '}
                  {(offer.schedule ?? [])
                    .map((slot) => `${labels.weekday(slot.day ?? 'MONDAY')} ${labels.time(slot.starts)}–${labels.time(slot.ends)}`)
                    .join(', ')}{' '}
                  <Button kind="tertiary" busy={opening.busy} onClick={() => edit(offer.id!)}>
                    {t('provider.edit', { title: offer.title })}
                  </Button>
                </li>
              ))}
            </ul>
          )}
          {opening.error !== undefined && <ProblemAlert error={opening.error} />}
          {editing && (
            <OfferEditor
              key={editing.id ?? 'new'}
              initial={editing.input}
              id={editing.id}
              etag={editing.etag}
              onSaved={() => {
                setEditing(undefined);
                loaded.reload();
              }}
            />
          )}
        </>
      )}
    </div>
  );
}

function OfferEditor({ initial, id, etag, onSaved }: { initial: OfferInput; id?: string; etag?: string; onSaved: () => void }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const action = useAction();
  const [offer, setOffer] = useState<OfferInput>(initial);
  const municipalities = useLoad(() => call(regions.GET('/api/regions/municipalities', { params: { query: { size: 100 } } })), []);
  const change = (patch: Partial<OfferInput>) => setOffer((current) => ({ ...current, ...patch }));
  const changeSlot = (index: number, patch: Partial<Slot>) =>
    change({ schedule: offer.schedule.map((slot, at) => (at === index ? { ...slot, ...patch } : slot)) });
  const list = (value: string) =>
    value
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
  const save = () =>
    action.run(async () => {
      if (id) {
        await call(offers.PUT('/api/offers/{id}', { params: { path: { id }, header: { 'If-Match': etag ?? '' } }, body: offer }));
      } else {
        await call(offers.POST('/api/offers', { body: offer }));
      }
    }, onSaved);
  return (
    <form
      className="stacked-form"
      aria-label={id ? t('provider.edit', { title: initial.title }) : t('provider.newOffer')}
      onSubmit={(event) => (event.preventDefault(), void save())}
    >
      <h2 className="kern-heading-medium">{id ? t('provider.edit', { title: initial.title }) : t('provider.newOffer')}</h2>
      <TextField
        label={t('provider.title')}
        field="title"
        value={offer.title}
        onChange={(title) => change({ title })}
        error={action.error}
        required
      />
      <TextField
        label={t('provider.description')}
        field="description"
        value={offer.description}
        onChange={(description) => change({ description })}
        error={action.error}
        required
        multiline
      />
      <SelectField
        label={t('public.category')}
        field="category"
        value={offer.category}
        onChange={(category) => change({ category: category as OfferInput['category'] })}
        error={action.error}
        options={labels.options('OfferCategory', OFFER_CATEGORIES)}
      />
      <SelectField
        label={t('provider.fieldOfAction')}
        field="fieldOfAction"
        value={offer.fieldOfAction}
        onChange={(fieldOfAction) => change({ fieldOfAction: fieldOfAction as OfferInput['fieldOfAction'] })}
        error={action.error}
        options={labels.options('FieldOfAction', FIELDS_OF_ACTION)}
      />
      <CheckboxGroup
        label={t('provider.phases')}
        field="phases"
        values={offer.phases}
        onChange={(phases) => change({ phases: phases as OfferInput['phases'] })}
        error={action.error}
        options={labels.options('CasePhase', INTEGRATION_PHASES)}
      />
      <TextField
        label={t('provider.languages')}
        field="languages"
        value={offer.languages.join(', ')}
        onChange={(value) => change({ languages: list(value) })}
        error={action.error}
        hint={t('provider.listHint')}
      />
      <TextField
        label={t('provider.targetGroups')}
        field="targetGroups"
        value={offer.targetGroups.join(', ')}
        onChange={(value) => change({ targetGroups: list(value) })}
        error={action.error}
        hint={t('provider.listHint')}
      />
      <SelectField
        label={t('wizard.municipality')}
        field="place.municipalityId"
        value={offer.place.municipalityId ?? ''}
        empty="–"
        onChange={(municipalityId) => change({ place: { ...offer.place, municipalityId: municipalityId || undefined } })}
        error={action.error}
        options={(municipalities.data?.items ?? []).map((municipality) => ({ value: municipality.id!, label: municipality.name! }))}
      />
      <TextField
        label={t('provider.street')}
        field="place.street"
        value={offer.place.street ?? ''}
        onChange={(street) => change({ place: { ...offer.place, street } })}
        error={action.error}
      />
      <fieldset className="kern-fieldset">
        <legend className="kern-label">{t('provider.schedule')}</legend>
        {offer.schedule.length === 0 && <Empty text={t('provider.noSchedule')} />}
        {offer.schedule.map((slot, index) => (
          <div key={index} className="inline-form office-hours-row">
            <SelectField
              label={t('regions.day')}
              field={`schedule[${index}].day`}
              value={slot.day}
              onChange={(day) => changeSlot(index, { day: day as Slot['day'] })}
              error={action.error}
              options={WEEKDAYS.map((day) => ({ value: day, label: labels.weekday(day) }))}
            />
            <TextField
              label={t('regions.opens')}
              field={`schedule[${index}].starts`}
              type="time"
              value={slot.starts}
              onChange={(starts) => changeSlot(index, { starts })}
              error={action.error}
              required
            />
            <TextField
              label={t('regions.closes')}
              field={`schedule[${index}].ends`}
              type="time"
              value={slot.ends}
              onChange={(ends) => changeSlot(index, { ends })}
              error={action.error}
              required
            />
            <Button kind="tertiary" onClick={() => change({ schedule: offer.schedule.filter((_, at) => at !== index) })}>
              {t('regions.removeHours')}
            </Button>
          </div>
        ))}
        <Button
          kind="secondary"
          onClick={() => change({ schedule: [...offer.schedule, { day: 'MONDAY', starts: '09:00', ends: '11:00' }] })}
        >
          {t('provider.addSlot')}
        </Button>
      </fieldset>
      <TextField
        label={t('provider.capacity')}
        field="capacity"
        type="number"
        value={offer.capacity?.toString() ?? ''}
        onChange={(value) => change({ capacity: value ? Number(value) : undefined })}
        error={action.error}
        hint={t('provider.capacityHint')}
      />
      <SelectField
        label={t('provider.status')}
        field="status"
        value={offer.status}
        onChange={(status) => change({ status: status as OfferInput['status'] })}
        error={action.error}
        options={labels.options('OfferStatus', OFFER_STATUSES)}
      />
      <Button type="submit" busy={action.busy}>
        {t('common.save')}
      </Button>
      {action.done && <Success text={t('common.saved')} />}
      {action.error !== undefined && <ProblemAlert error={action.error} />}
    </form>
  );
}
