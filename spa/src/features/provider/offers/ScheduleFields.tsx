import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { zDayOfWeek } from '../../../api/generated/offer-service.zod';
import { Empty } from '../../../components/States';
import { SelectInput, TextInput } from '../../../components/form/Inputs';
import { useLabels } from '../../../i18n/format';
import { ActionButton } from '../../cases/common/ActionButton';

/** The weekly schedule: a row per time, German local times; the service refuses overlapping times. */
export function ScheduleFields() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { control } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name: 'schedule' });
  const days = zDayOfWeek.options.map((day) => ({ value: day, label: labels.weekday(day) }));
  return (
    <fieldset className="kern-fieldset">
      <legend className="kern-label">{t('provider.schedule')}</legend>
      <div className="kern-fieldset__body">
        {fields.length === 0 && <Empty text={t('provider.noSchedule')} />}
        {fields.map((field, index) => (
          <div key={field.id} className="language-row schedule-row" role="group" aria-label={t('provider.slotN', { number: index + 1 })}>
            <SelectInput name={`schedule.${index}.day`} label={t('provider.day')} required options={days} />
            <TextInput name={`schedule.${index}.starts`} type="time" label={t('provider.starts')} required />
            <TextInput name={`schedule.${index}.ends`} type="time" label={t('provider.ends')} required />
            <ActionButton kind="tertiary" onClick={() => remove(index)}>
              {t('provider.removeSlot', { number: index + 1 })}
            </ActionButton>
          </div>
        ))}
        <ActionButton kind="secondary" onClick={() => append({ day: 'MONDAY', starts: '09:00', ends: '11:00' }, { shouldFocus: true })}>
          {t('provider.addSlot')}
        </ActionButton>
      </div>
    </fieldset>
  );
}
