import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SelectInput } from '../../../components/form/Inputs';
import { languageOptions } from '../../../i18n/places';
import { ActionButton } from '../common/ActionButton';

const LEVELS = ['native', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'];

/** The languages a person speaks, each chosen by its name, with the level (CEFR, or native); `name` is the list's field. */
export function LanguagesInput({ name = 'languages' }: { name?: string }) {
  const { t, i18n } = useTranslation();
  const { control } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name });
  const levels = LEVELS.map((level) => ({ value: level, label: t(`enum.LanguageLevel.${level}`) }));
  return (
    <fieldset className="kern-fieldset">
      <legend className="kern-label">{t('member.languages')}</legend>
      <div className="kern-fieldset__body">
        {fields.map((field, index) => (
          <div key={field.id} className="language-row">
            <SelectInput
              name={`${name}.${index}.code`}
              label={t('member.languageN', { number: index + 1 })}
              options={languageOptions(i18n.language)}
              required
            />
            <SelectInput name={`${name}.${index}.level`} label={t('member.languageLevel')} options={levels} required />
            <ActionButton kind="tertiary" onClick={() => remove(index)}>
              {t('member.removeLanguage', { number: index + 1 })}
            </ActionButton>
          </div>
        ))}
        <ActionButton kind="tertiary" onClick={() => append({ code: '', level: '' })}>
          {t('member.addLanguage')}
        </ActionButton>
      </div>
    </fieldset>
  );
}
