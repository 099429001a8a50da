import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useConfirm } from '../../../components/ConfirmDialog';
import { ActionButton } from '../common/ActionButton';
import { focusSoon } from '../common/useEditing';
import { MemberFields } from '../household/MemberFields';
import { memberValues } from '../household/memberSchema';
import type { WizardValues } from './wizardSchema';

/** The people of the household, each with the same fields as on the case's household page; at least one. */
export function HouseholdStep() {
  const { t } = useTranslation();
  const confirm = useConfirm();
  const { control, getValues } = useFormContext<WizardValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'members' });

  async function removePerson(index: number) {
    const person = getValues(`members.${index}`);
    const name = `${person.firstName ?? ''} ${person.lastName ?? ''}`.trim();
    const label = t('wizard.member', { number: index + 1 });
    // What was typed about a person is lost with them: ask first.
    if (
      name &&
      !(await confirm({
        title: t('wizard.removeTitle', { person: label }),
        body: t('wizard.removeBody', { name }),
        confirm: t('wizard.removeConfirm'),
      }))
    ) {
      return;
    }
    remove(index);
    focusSoon('wizard-add-member');
  }

  return (
    <div className="wizard-people">
      {fields.map((field, index) => (
        <fieldset key={field.id} className="kern-fieldset wizard-person">
          <legend className="kern-heading-small">{t('wizard.member', { number: index + 1 })}</legend>
          <MemberFields prefix={`members.${index}.`} />
          {fields.length > 1 && (
            <div className="card-actions">
              <ActionButton kind="tertiary" onClick={() => void removePerson(index)}>
                {t('wizard.removeMember', { number: index + 1 })}
              </ActionButton>
            </div>
          )}
        </fieldset>
      ))}
      <div className="card-actions">
        <ActionButton id="wizard-add-member" onClick={() => append(memberValues() as never)}>
          {t('wizard.addMember')}
        </ActionButton>
      </div>
    </div>
  );
}
