import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { RegionSchemas } from '../../api/client';
import { zDayOfWeek } from '../../api/generated/region-service.zod';
import { Form } from '../../components/form/Form';
import { SelectInput, TextInput } from '../../components/form/Inputs';
import { useApiForm } from '../../forms/useApiForm';
import { useLabels } from '../../i18n/format';
import { ActionButton } from '../cases/common/ActionButton';

type ContactPoint = RegionSchemas['ContactPointState'];
type ContactPointInput = RegionSchemas['ContactPointInput'];

const hours = z
  .object({ day: zDayOfWeek, opens: z.iso.time({ precision: -1 }), closes: z.iso.time({ precision: -1 }) })
  .refine((slot) => slot.closes > slot.opens, { path: ['closes'], params: { rule: 'end-after-start' } });
const schema = z.object({ officeHours: z.array(hours).max(50) });
type Values = z.infer<typeof schema>;

const DAYS = zDayOfWeek.options;

/** The contact point as the API takes it back (PUT replaces it as a whole), with new office hours. */
function withHours(point: ContactPoint, officeHours: Values['officeHours']): ContactPointInput {
  return {
    name: point.name ?? '',
    municipalityId: point.municipalityId ?? '',
    quarterId: point.quarterId,
    address: { street: point.address?.street ?? '', postalCode: point.address?.postalCode ?? '', city: point.address?.city ?? '' },
    operators: point.operators ?? [],
    languages: point.languages ?? [],
    services: point.services ?? [],
    officeHours,
    closures: (point.closures ?? []).map((closure) => ({ from: closure.from ?? '', to: closure.to ?? '', reason: closure.reason })),
  };
}

/**
 * The weekly office hours of a contact point, a row per opening (a day may have two, morning and afternoon), in local
 * time. Rows are added and removed in place; the whole week is saved at once.
 */
export function OfficeHoursForm({
  point,
  save,
  onDone,
  onCancel,
}: {
  point: ContactPoint;
  save: (input: ContactPointInput) => Promise<ContactPoint>;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const initial = [...(point.officeHours ?? [])]
    .sort((a, b) => DAYS.indexOf(a.day ?? 'MONDAY') - DAYS.indexOf(b.day ?? 'MONDAY') || (a.opens ?? '').localeCompare(b.opens ?? ''))
    .map((slot) => ({ day: slot.day ?? 'MONDAY', opens: (slot.opens ?? '').slice(0, 5), closes: (slot.closes ?? '').slice(0, 5) }));
  const api = useApiForm({
    schema,
    defaultValues: { officeHours: initial },
    submit: (values: Values) => save(withHours(point, values.officeHours)),
    confirmation: (saved) => t('regions.officeHoursSaved', { name: saved.name }),
    onDone,
  });
  const { fields, append, remove } = useFieldArray({ control: api.form.control, name: 'officeHours' });
  const days = DAYS.map((day) => ({ value: day, label: labels.weekday(day) }));
  return (
    <Form api={api} label={t('regions.officeHoursOf', { name: point.name })} submit={t('regions.saveOfficeHours')} onCancel={onCancel}>
      {fields.length === 0 && <p className="kern-body">{t('regions.byAppointment')}</p>}
      {fields.map((field, index) => (
        <fieldset key={field.id} className="kern-fieldset office-hours-row">
          <legend className="kern-sr-only">{t('regions.slotN', { number: index + 1 })}</legend>
          <SelectInput name={`officeHours.${index}.day`} label={t('regions.day')} options={days} required />
          <TextInput name={`officeHours.${index}.opens`} label={t('regions.opens')} type="time" required />
          <TextInput name={`officeHours.${index}.closes`} label={t('regions.closes')} type="time" required />
          <ActionButton kind="tertiary" onClick={() => remove(index)} aria-label={t('regions.removeSlot', { number: index + 1 })}>
            {t('regions.removeHours')}
          </ActionButton>
        </fieldset>
      ))}
      {/* The new row's day gets the focus (react-hook-form focuses what it appends). */}
      <ActionButton onClick={() => append({ day: 'MONDAY', opens: '09:00', closes: '12:00' })}>{t('regions.addHours')}</ActionButton>
    </Form>
  );
}
